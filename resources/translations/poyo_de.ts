<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceCheck</name>
    <message>
        <source>Not enough credits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoYo will most likely refuse it (nothing is charged then). Top up on poyo.ai first, or send it anyway if you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Demo mode notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Videos are simulated on this computer, for free. Add your PoYo API key to make real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Add pictures…</source>
        <extracomment>Pictures were dropped on the panel or chosen with &quot;Add pictures…&quot; (list of Path). &quot;Clear batch&quot;: back to the one-picture form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to one picture; the pictures stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopiesChoice</name>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several videos of the same picture, each a little different</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoYo Desktop ran into an unexpected problem. Your tasks are saved; you can keep working. If it happens again, please send the details below to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your first video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this guide (Help ▸ Keyboard Shortcuts lists the keys)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>The result</source>
        <extracomment>The person chose: a :class:`FixPlan` to carry out on the whole picture.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <source>Crop frame</source>
        <extracomment>The frame moved or was resized (read it with :meth:`frame`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture as it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateFooter</name>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PoYo charges when the video is finished; a failed task costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Generate is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to PoYo and start making the video.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Own prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the prompt below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos of this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it again anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySavingBoxes</name>
    <message>
        <source>Saving your API key… If your computer asks to unlock its keychain, please do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep It in a File Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not take your key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Reading your spending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notify me when a video is ready or fails while I am elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound when a video is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the number of videos in progress in the title and taskbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>&lt;b&gt;Your videos&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureSlots</name>
    <message>
        <source>One photo makes one video. Drop several photos, or a folder, to make a batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsButton</name>
    <message>
        <source>Save the form as a preset, or fill it from one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsManage</name>
    <message>
        <source>Saved presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill the form from a preset, pick it in the Presets menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsMenu</name>
    <message>
        <source>Keep the form as it is now, by a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetsSaveDialog</name>
    <message>
        <source>Keep the form as it is now, to fill it again from the Presets menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Slow pan over the sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptFields</name>
    <message>
        <source>Describe what should happen, e.g. “The waves roll in slowly while the camera drifts to the right.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should happen in the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things the video should avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to avoid, e.g. blur, distorted faces, text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>Review the batch</source>
        <extracomment>The person confirmed: record and send every video. Emitted once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos to make</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved API key could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save videos in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Your key is still in the box above: press Save to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key was removed, but the demo server could not be started: {error}. It is tried again when you make a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to demo mode: starting the demo server… New videos wait until it runs; nothing goes to PoYo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save your API key: something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Paste your PoYo API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking where your key is kept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet? Create one on &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt;. Without a key the app runs in demo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PoYo API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status check interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos in progress at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save videos in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check progress every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos in progress at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than this wait their turn in the list; none is paid before it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: https://… (most people leave this empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a new version is out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the place and camera details in photos I send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people never change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is off, where a photo was taken and the camera&apos;s make, model and serial number are removed before the photo is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when you start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week, with a link to what is new. Nothing is downloaded by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotCommands</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop or fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotView</name>
    <message>
        <source>Drop a photo here, or Browse… / Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, WebP or GIF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the picture or image file you copied (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendingSettings</name>
    <message>
        <source>Ask me before any single video over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before a video over (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit for this session (credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video that would go over a limit waits, and you are asked. A session lasts from when you start the app until you quit it. Demo videos never count. File › Spending… shows what you spent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
