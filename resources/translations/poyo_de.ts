<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Generate</source>
            <translation>&amp;Erstellen</translation>
        </message>
        <message>
            <source>Make a video from the form (Ctrl+Enter)</source>
            <translation>Ein Video aus dem Formular erstellen (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Open Videos &amp;Folder</source>
            <translation>Video&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>S&amp;pending…</source>
            <translation>&amp;Ausgaben…</translation>
        </message>
        <message>
            <source>What your videos cost: today, this month, each one</source>
            <translation>Was deine Videos kosten: heute, diesen Monat, jedes einzeln</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>&amp;About PoYo Desktop</source>
            <translation>Ü&amp;ber PoYo Desktop</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Every key the app answers to</source>
            <translation>Alle Tasten, auf die die App reagiert</translation>
        </message>
        <message>
            <source>PoYo &amp;Website</source>
            <translation>PoYo-&amp;Website</translation>
        </message>
        <message>
            <source>&amp;Play</source>
            <translation>&amp;Abspielen</translation>
        </message>
        <message>
            <source>&amp;Open Video</source>
            <translation>Video ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>&amp;Copy Task ID</source>
            <translation>Aufgaben-ID &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy Settings as &amp;JSON</source>
            <translation>Einstellungen als &amp;JSON kopieren</translation>
        </message>
        <message>
            <source>&amp;Use These Settings Again</source>
            <translation>Diese Einstellungen &amp;wiederverwenden</translation>
        </message>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>Try this task again: fetch its video, or make it again if it failed</source>
            <translation>Diese Aufgabe erneut versuchen: ihr Video abholen, oder sie neu erstellen, wenn sie fehlgeschlagen ist</translation>
        </message>
        <message>
            <source>Check &amp;Status Again</source>
            <translation>&amp;Status erneut prüfen</translation>
        </message>
        <message>
            <source>Ask PoYo whether this task was created and how it is doing</source>
            <translation>PoYo fragen, ob diese Aufgabe angelegt wurde und wie weit sie ist</translation>
        </message>
        <message>
            <source>Submit &amp;Again…</source>
            <translation>Erneut &amp;senden…</translation>
        </message>
        <message>
            <source>Send this task again (it may be charged twice)</source>
            <translation>Diese Aufgabe erneut senden (sie wird eventuell doppelt berechnet)</translation>
        </message>
        <message>
            <source>Re&amp;move from List…</source>
            <translation>Aus der Liste &amp;entfernen…</translation>
        </message>
        <message>
            <source>Pa&amp;use</source>
            <translation>&amp;Anhalten</translation>
        </message>
        <message>
            <source>Keep this task from being sent until you resume it</source>
            <translation>Diese Aufgabe nicht senden, bis du sie fortsetzt</translation>
        </message>
        <message>
            <source>Resu&amp;me</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Let this task be sent</source>
            <translation>Diese Aufgabe senden lassen</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Bearbeiten…</translation>
        </message>
        <message>
            <source>Change this task's prompt, length or model before it is sent (free)</source>
            <translation>Prompt, Länge oder Modell dieser Aufgabe ändern, bevor sie gesendet wird (kostenlos)</translation>
        </message>
        <message>
            <source>Send &amp;Next</source>
            <translation>Als &amp;Nächstes senden</translation>
        </message>
        <message>
            <source>Send this task before the others waiting</source>
            <translation>Diese Aufgabe vor den anderen wartenden senden</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>One place earlier in line</source>
            <translation>Einen Platz früher in der Reihe</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>One place later</source>
            <translation>Einen Platz später</translation>
        </message>
        <message>
            <source>Send &amp;Last</source>
            <translation>Als &amp;Letztes senden</translation>
        </message>
        <message>
            <source>Send this task after the others waiting</source>
            <translation>Diese Aufgabe nach den anderen wartenden senden</translation>
        </message>
        <message>
            <source>&amp;Cancel (Not Paid)</source>
            <translation>Abbre&amp;chen (nicht bezahlt)</translation>
        </message>
        <message>
            <source>Take this task out of line: it was not sent, so nothing is charged</source>
            <translation>Diese Aufgabe aus der Reihe nehmen: Sie wurde nicht gesendet, also wird nichts berechnet</translation>
        </message>
        <message>
            <source>Send &amp;After All</source>
            <translation>Nach allen &amp;anderen senden</translation>
        </message>
        <message>
            <source>Put this cancelled task back in line, at its end</source>
            <translation>Diese abgebrochene Aufgabe wieder in die Reihe stellen, ans Ende</translation>
        </message>
        <message>
            <source>Pause Sending</source>
            <translation>Senden anhalten</translation>
        </message>
        <message>
            <source>Keep every task not sent yet (and new ones) from being sent, until you resume</source>
            <translation>Alle noch nicht gesendeten Aufgaben (und neue) nicht senden, bis du fortsetzt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>&amp;Aufgabe</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Hauptleiste</translation>
        </message>
        <message>
            <source>Resume Sending</source>
            <translation>Senden fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>BalanceCheck</name>
        <message>
            <source>Not enough credits?</source>
            <translation>Nicht genug Credits?</translation>
        </message>
        <message>
            <source>PoYo will most likely refuse it (nothing is charged then). Top up on poyo.ai first, or send it anyway if you already have.</source>
            <translation>PoYo lehnt es wahrscheinlich ab (dann wird nichts berechnet). Lade zuerst auf poyo.ai auf, oder sende es trotzdem, wenn du das schon getan hast.</translation>
        </message>
        <message>
            <source>Send Anyway</source>
            <translation>Trotzdem senden</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Demo mode notice</source>
            <translation>Hinweis zum Demo-Modus</translation>
        </message>
        <message>
            <source>&lt;b&gt;Demo mode.&lt;/b&gt; Videos are simulated on this computer, for free. Add your PoYo API key to make real ones.</source>
            <translation>&lt;b&gt;Demo-Modus.&lt;/b&gt; Videos werden auf diesem Computer simuliert, kostenlos. Füge deinen PoYo-API-Schlüssel hinzu, um echte zu erstellen.</translation>
        </message>
        <message>
            <source>Add API key…</source>
            <translation>API-Schlüssel hinzufügen…</translation>
        </message>
        <message>
            <source>Add API key</source>
            <translation>API-Schlüssel hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>BatchPanel</name>
        <message>
            <source>Add pictures…</source>
            <extracomment>Pictures were dropped on the panel or chosen with "Add pictures…" (list of Path). "Clear batch": back to the one-picture form.</extracomment>
            <translation>Bilder hinzufügen…</translation>
        </message>
        <message>
            <source>Clear batch</source>
            <translation>Stapel leeren</translation>
        </message>
        <message>
            <source>Back to one picture; the pictures stay where they are</source>
            <translation>Zurück zu einem Bild; die Bilder bleiben, wo sie sind</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <source>Batch pictures</source>
            <translation>Bilder im Stapel</translation>
        </message>
        <message>
            <source>Include them</source>
            <translation>Mitnehmen</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Auslassen</translation>
        </message>
    </context>
    <context>
        <name>CopiesChoice</name>
        <message>
            <source>Make</source>
            <translation>Erstellen</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Kopien</translation>
        </message>
        <message>
            <source>Several videos of the same picture, each a little different</source>
            <translation>Mehrere Videos vom selben Bild, jedes etwas anders</translation>
        </message>
        <message numerus="yes">
            <source>video(s) of each picture</source>
            <translation>
                <numerusform>Video von jedem Bild</numerusform>
                <numerusform>Videos von jedem Bild</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>video(s) of this picture</source>
            <translation>
                <numerusform>Video von diesem Bild</numerusform>
                <numerusform>Videos von diesem Bild</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Describe what should happen.</source>
            <translation>Beschreibe, was passieren soll.</translation>
        </message>
        <message>
            <source>Negative prompt</source>
            <translation>Negativer Prompt</translation>
        </message>
        <message>
            <source>Things to avoid, e.g. blur, distorted faces, text</source>
            <translation>Was vermieden werden soll, z. B. Unschärfe, verzerrte Gesichter, Text</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Länge</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>It can no longer change.</source>
            <translation>Es kann nicht mehr geändert werden.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>PoYo Desktop ran into an unexpected problem. Your tasks are saved; you can keep working. If it happens again, please send the details below to the developers.</source>
            <translation>PoYo Desktop hatte ein unerwartetes Problem. Deine Aufgaben sind gespeichert; du kannst weiterarbeiten. Wenn es wieder passiert, schicke bitte die Details unten an die Entwickler.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <source>Getting started</source>
            <translation>Erste Schritte</translation>
        </message>
        <message>
            <source>Make your first video</source>
            <translation>Erstelle dein erstes Video</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Verstanden</translation>
        </message>
        <message>
            <source>Hide this guide (Help ▸ Keyboard Shortcuts lists the keys)</source>
            <translation>Diese Anleitung ausblenden (Hilfe ▸ Tastenkürzel listet die Tasten)</translation>
        </message>
    </context>
    <context>
        <name>FixDialog</name>
        <message>
            <source>The result</source>
            <extracomment>The person chose: a :class:`FixPlan` to carry out on the whole picture.</extracomment>
            <translation>Das Ergebnis</translation>
        </message>
        <message>
            <source>Use this picture</source>
            <translation>Dieses Bild verwenden</translation>
        </message>
    </context>
    <context>
        <name>FormBatches</name>
        <message>
            <source>Review the batch…</source>
            <extracomment>The batch form's modules, imported when the first batch comes.</extracomment>
            <translation>Stapel prüfen…</translation>
        </message>
        <message numerus="yes">
            <source>Review %Ln video(s)…</source>
            <translation>
                <numerusform>%Ln Video prüfen…</numerusform>
                <numerusform>%Ln Videos prüfen…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln video(s): free in demo mode ({credits} with a key)</source>
            <translation>
                <numerusform>%Ln Video: im Demo-Modus kostenlos ({credits} mit Schlüssel)</numerusform>
                <numerusform>%Ln Videos: im Demo-Modus kostenlos ({credits} mit Schlüssel)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln video(s): {money}</source>
            <translation>
                <numerusform>%Ln Video: {money}</numerusform>
                <numerusform>%Ln Videos: {money}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FormLayout</name>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Länge</translation>
        </message>
    </context>
    <context>
        <name>FrameView</name>
        <message>
            <source>Crop frame</source>
            <extracomment>The frame moved or was resized (read it with :meth:`frame`).</extracomment>
            <translation>Zuschnitt</translation>
        </message>
        <message>
            <source>The picture as it will be sent.</source>
            <translation>Das Bild, wie es gesendet wird.</translation>
        </message>
    </context>
    <context>
        <name>GenerateFooter</name>
        <message>
            <source>Price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>PoYo charges when the video is finished; a failed task costs nothing.</source>
            <translation>PoYo berechnet erst, wenn das Video fertig ist; eine fehlgeschlagene Aufgabe kostet nichts.</translation>
        </message>
        <message>
            <source>Why Generate is not available</source>
            <translation>Warum Erstellen nicht verfügbar ist</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <source>Send to PoYo and start making the video.</source>
            <translation>An PoYo senden und das Video erstellen.</translation>
        </message>
        <message>
            <source>Generate video</source>
            <translation>Video erstellen</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>Own prompt</source>
            <translation>Eigener Prompt</translation>
        </message>
        <message>
            <source>Same as the prompt below</source>
            <translation>Wie der Prompt unten</translation>
        </message>
        <message>
            <source>Videos of this picture</source>
            <translation>Videos von diesem Bild</translation>
        </message>
        <message>
            <source>Make it again anyway</source>
            <translation>Trotzdem noch einmal erstellen</translation>
        </message>
        <message>
            <source>Remove from batch</source>
            <translation>Aus dem Stapel entfernen</translation>
        </message>
        <message>
            <source>Videos</source>
            <translation>Videos</translation>
        </message>
    </context>
    <context>
        <name>KeySavingBoxes</name>
        <message>
            <source>Saving your API key… If your computer asks to unlock its keychain, please do.</source>
            <translation>Dein API-Schlüssel wird gespeichert… Wenn dein Computer fragt, ob der Schlüsselbund entsperrt werden soll, bitte bestätigen.</translation>
        </message>
        <message>
            <source>Saving your API key</source>
            <translation>API-Schlüssel wird gespeichert</translation>
        </message>
        <message>
            <source>Keep It in a File Instead</source>
            <translation>Stattdessen in einer Datei speichern</translation>
        </message>
        <message>
            <source>The system keychain did not take your key</source>
            <translation>Der Schlüsselbund des Systems hat deinen Schlüssel nicht angenommen</translation>
        </message>
    </context>
    <context>
        <name>LedgerDialog</name>
        <message>
            <source>Reading your spending…</source>
            <translation>Deine Ausgaben werden gelesen…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Käufe</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Zeigen:</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>LengthChoice</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Length %n second(s)</source>
            <translation>
                <numerusform>Länge %n Sekunde</numerusform>
                <numerusform>Länge %n Sekunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Tasks</source>
            <translation>Aufgaben</translation>
        </message>
    </context>
    <context>
        <name>ModelCards</name>
        <message>
            <source>Standard</source>
            <extracomment>(model id, name, one line a non-programmer can choose by)</extracomment>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Good quality, 720p, start image only.</source>
            <translation>Gute Qualität, 720p, nur Startbild.</translation>
        </message>
        <message>
            <source>Pro</source>
            <translation>Pro</translation>
        </message>
        <message>
            <source>Sharper 1080p, start and end images.</source>
            <translation>Schärfer, 1080p, Start- und Endbild.</translation>
        </message>
        <message>
            <source>{name} model</source>
            <extracomment>Gap between the two model cards and between the two picture slots.</extracomment>
            <translation>Modell {name}</translation>
        </message>
    </context>
    <context>
        <name>NotificationSettings</name>
        <message>
            <source>Notify me when a video is ready or fails while I am elsewhere</source>
            <translation>Benachrichtigen, wenn ein Video fertig ist oder fehlschlägt, während ich woanders bin</translation>
        </message>
        <message>
            <source>Play a sound when a video is done</source>
            <translation>Einen Ton abspielen, wenn ein Video fertig ist</translation>
        </message>
        <message>
            <source>Show the number of videos in progress in the title and taskbar</source>
            <translation>Die Zahl der laufenden Videos im Titel und in der Taskleiste zeigen</translation>
        </message>
    </context>
    <context>
        <name>Panes</name>
        <message>
            <source>&lt;b&gt;Your videos&lt;/b&gt;</source>
            <translation>&lt;b&gt;Deine Videos&lt;/b&gt;</translation>
        </message>
        <message>
            <source>About the selected task</source>
            <translation>Zur ausgewählten Aufgabe</translation>
        </message>
    </context>
    <context>
        <name>PictureSlots</name>
        <message>
            <source>Start image</source>
            <translation>Startbild</translation>
        </message>
        <message>
            <source>required: the first frame</source>
            <translation>nötig: das erste Bild</translation>
        </message>
        <message>
            <source>The start image</source>
            <translation>Das Startbild</translation>
        </message>
        <message>
            <source>End image</source>
            <translation>Endbild</translation>
        </message>
        <message>
            <source>optional: the last frame</source>
            <translation>optional: das letzte Bild</translation>
        </message>
        <message>
            <source>The end image</source>
            <translation>Das Endbild</translation>
        </message>
        <message>
            <source>One photo makes one video. Drop several photos, or a folder, to make a batch.</source>
            <translation>Ein Foto ergibt ein Video. Lege mehrere Fotos oder einen Ordner ab, um einen Stapel zu erstellen.</translation>
        </message>
    </context>
    <context>
        <name>PresetsButton</name>
        <message>
            <source>Presets</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <source>Save the form as a preset, or fill it from one</source>
            <translation>Das Formular als Vorlage speichern oder aus einer füllen</translation>
        </message>
    </context>
    <context>
        <name>PresetsManage</name>
        <message>
            <source>Saved presets</source>
            <translation>Gespeicherte Vorlagen</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Umbenennen</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>To fill the form from a preset, pick it in the Presets menu.</source>
            <translation>Um das Formular aus einer Vorlage zu füllen, wähle sie im Menü Vorlagen.</translation>
        </message>
        <message>
            <source>Delete Preset</source>
            <translation>Vorlage löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
    </context>
    <context>
        <name>PresetsMenu</name>
        <message>
            <source>Keep the form as it is now, by a name</source>
            <translation>Das Formular so, wie es jetzt ist, unter einem Namen behalten</translation>
        </message>
    </context>
    <context>
        <name>PresetsSaveDialog</name>
        <message>
            <source>Keep the form as it is now, to fill it again from the Presets menu.</source>
            <translation>Das Formular so, wie es jetzt ist, behalten, um es aus dem Menü Vorlagen wieder zu füllen.</translation>
        </message>
        <message>
            <source>What is saved</source>
            <translation>Was gespeichert wird</translation>
        </message>
        <message>
            <source>Preset name</source>
            <translation>Name der Vorlage</translation>
        </message>
        <message>
            <source>e.g. Slow pan over the sea</source>
            <translation>z. B. Langsamer Schwenk über das Meer</translation>
        </message>
        <message>
            <source>About the name</source>
            <translation>Zum Namen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Pictures:</source>
            <translation>Bilder:</translation>
        </message>
    </context>
    <context>
        <name>PriceText</name>
        <message numerus="yes">
            <source>%Ln credit(s)</source>
            <translation>
                <numerusform>%Ln Credit</numerusform>
                <numerusform>%Ln Credits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Free in demo mode (%Ln credit(s) with a key)</source>
            <translation>
                <numerusform>Im Demo-Modus kostenlos (%Ln Credit mit Schlüssel)</numerusform>
                <numerusform>Im Demo-Modus kostenlos (%Ln Credits mit Schlüssel)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cost: {price}</source>
            <translation>Kosten: {price}</translation>
        </message>
        <message numerus="yes">
            <source>Free · %Ln with a key</source>
            <translation>
                <numerusform>Kostenlos · %Ln mit Schlüssel</numerusform>
                <numerusform>Kostenlos · %Ln mit Schlüssel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProblemMessages</name>
        <message>
            <source>Only Pro can end on a chosen image.</source>
            <translation>Nur Pro kann mit einem gewählten Bild enden.</translation>
        </message>
    </context>
    <context>
        <name>PromptFields</name>
        <message>
            <source>Negative prompt (optional)</source>
            <translation>Negativer Prompt (optional)</translation>
        </message>
        <message>
            <source>Describe what should happen, e.g. “The waves roll in slowly while the camera drifts to the right.”</source>
            <translation>Beschreibe, was passieren soll, z. B. „Die Wellen rollen langsam heran, während die Kamera nach rechts gleitet.“</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Prompt</translation>
        </message>
        <message>
            <source>What should happen in the video.</source>
            <translation>Was im Video passieren soll.</translation>
        </message>
        <message>
            <source>Prompt length</source>
            <translation>Länge des Prompts</translation>
        </message>
        <message>
            <source>Things the video should avoid</source>
            <translation>Was das Video vermeiden soll</translation>
        </message>
        <message>
            <source>Things to avoid, e.g. blur, distorted faces, text</source>
            <translation>Was vermieden werden soll, z. B. Unschärfe, verzerrte Gesichter, Text</translation>
        </message>
        <message>
            <source>Negative prompt</source>
            <translation>Negativer Prompt</translation>
        </message>
    </context>
    <context>
        <name>QueueMenu</name>
        <message numerus="yes">
            <source>{what}: {done} of %Ln selected task(s) ({left} not waiting to be sent).</source>
            <translation>
                <numerusform>{what}: {done} von %Ln ausgewählten Aufgabe ({left} wartet nicht auf das Senden).</numerusform>
                <numerusform>{what}: {done} von %Ln ausgewählten Aufgaben ({left} warten nicht auf das Senden).</numerusform>
            </translation>
        </message>
        <message>
            <source>Sending paused — new videos wait until you resume</source>
            <translation>Senden angehalten — neue Videos warten, bis du fortsetzt</translation>
        </message>
        <message numerus="yes">
            <source>Sending paused — %Ln waiting, nothing of them paid yet</source>
            <translation>
                <numerusform>Senden angehalten — %Ln wartend, davon noch nichts bezahlt</numerusform>
                <numerusform>Senden angehalten — %Ln wartend, davon noch nichts bezahlt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting ({held} paused) · not paid yet</source>
            <translation>
                <numerusform>%Ln wartend ({held} angehalten) · noch nicht bezahlt</numerusform>
                <numerusform>%Ln wartend ({held} angehalten) · noch nicht bezahlt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting · not paid yet</source>
            <translation>
                <numerusform>%Ln wartend · noch nicht bezahlt</numerusform>
                <numerusform>%Ln wartend · noch nicht bezahlt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewSheet</name>
        <message>
            <source>Review the batch</source>
            <extracomment>The person confirmed: record and send every video. Emitted once.</extracomment>
            <translation>Stapel prüfen</translation>
        </message>
        <message>
            <source>Videos to make</source>
            <translation>Zu erstellende Videos</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Your saved API key could not be read</source>
            <translation>Dein gespeicherter API-Schlüssel konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>Save videos in</source>
            <translation>Videos speichern in</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Wird getestet…</translation>
        </message>
        <message>
            <source>Could not save your API key</source>
            <translation>Dein API-Schlüssel konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Your API key was removed.</source>
            <translation>Dein API-Schlüssel wurde entfernt.</translation>
        </message>
        <message>
            <source>Switching to demo mode</source>
            <translation>Wechsel in den Demo-Modus</translation>
        </message>
        <message>
            <source>Switching…</source>
            <translation>Wird gewechselt…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>{problem} Your key is still in the box above: press Save to try again.</source>
            <translation>{problem} Dein Schlüssel steht noch im Feld oben: Drücke Speichern, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>Your API key was removed, but the demo server could not be started: {error}. It is tried again when you make a video.</source>
            <translation>Dein API-Schlüssel wurde entfernt, aber der Demo-Server konnte nicht starten: {error}. Er wird erneut versucht, wenn du ein Video erstellst.</translation>
        </message>
        <message>
            <source>Switching to demo mode: starting the demo server… New videos wait until it runs; nothing goes to PoYo.</source>
            <translation>Wechsel in den Demo-Modus: Der Demo-Server startet… Neue Videos warten, bis er läuft; nichts geht an PoYo.</translation>
        </message>
        <message>
            <source>Could not save your API key: something unexpected went wrong.</source>
            <translation>Dein API-Schlüssel konnte nicht gespeichert werden: Etwas Unerwartetes ist passiert.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPages</name>
        <message>
            <source>Paste your PoYo API key</source>
            <translation>Füge deinen PoYo-API-Schlüssel ein</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Zeigen</translation>
        </message>
        <message>
            <source>Checking where your key is kept…</source>
            <translation>Es wird geprüft, wo dein Schlüssel gespeichert ist…</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>No key yet? Create one on &lt;a href='https://poyo.ai'&gt;poyo.ai&lt;/a&gt;. Without a key the app runs in demo mode.</source>
            <translation>Noch kein Schlüssel? Erstelle einen auf &lt;a href='https://poyo.ai'&gt;poyo.ai&lt;/a&gt;. Ohne Schlüssel läuft die App im Demo-Modus.</translation>
        </message>
        <message>
            <source>Your PoYo API key:</source>
            <translation>Dein PoYo-API-Schlüssel:</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <source>Download folder</source>
            <translation>Download-Ordner</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Status check interval</source>
            <translation>Abstand der Statusprüfung</translation>
        </message>
        <message>
            <source>Videos in progress at once</source>
            <translation>Gleichzeitig laufende Videos</translation>
        </message>
        <message>
            <source>Save videos in:</source>
            <translation>Videos speichern in:</translation>
        </message>
        <message>
            <source>Check progress every:</source>
            <translation>Fortschritt prüfen alle:</translation>
        </message>
        <message>
            <source>Videos in progress at once:</source>
            <translation>Gleichzeitig laufende Videos:</translation>
        </message>
        <message>
            <source>More than this wait their turn in the list; none is paid before it is sent.</source>
            <translation>Weitere warten in der Liste, bis sie dran sind; keines wird bezahlt, bevor es gesendet ist.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <source>Optional: https://… (most people leave this empty)</source>
            <translation>Optional: https://… (die meisten lassen das leer)</translation>
        </message>
        <message>
            <source>Callback address</source>
            <translation>Callback-Adresse</translation>
        </message>
        <message>
            <source>Tell me when a new version is out</source>
            <translation>Mir sagen, wenn eine neue Version erscheint</translation>
        </message>
        <message>
            <source>Keep the place and camera details in photos I send</source>
            <translation>Ort und Kameradaten in gesendeten Fotos behalten</translation>
        </message>
        <message>
            <source>Server address:</source>
            <translation>Serveradresse:</translation>
        </message>
        <message>
            <source>Callback address:</source>
            <translation>Callback-Adresse:</translation>
        </message>
        <message>
            <source>Most people never change these.</source>
            <translation>Die meisten ändern das nie.</translation>
        </message>
        <message>
            <source>When this is off, where a photo was taken and the camera's make, model and serial number are removed before the photo is uploaded.</source>
            <translation>Wenn dies aus ist, werden Aufnahmeort sowie Hersteller, Modell und Seriennummer der Kamera entfernt, bevor das Foto hochgeladen wird.</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Sprache:</translation>
        </message>
        <message>
            <source>A new language applies when you start the app again.</source>
            <translation>Eine neue Sprache gilt, wenn du die App neu startest.</translation>
        </message>
        <message>
            <source>Once a week, with a link to what is new. Nothing is downloaded by itself.</source>
            <translation>Einmal pro Woche, mit einem Link zu den Neuerungen. Nichts wird von selbst heruntergeladen.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
    </context>
    <context>
        <name>SettingsTabs</name>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <source>&amp;Videos</source>
            <translation>&amp;Videos</translation>
        </message>
        <message>
            <source>S&amp;pending</source>
            <translation>&amp;Ausgaben</translation>
        </message>
        <message>
            <source>&amp;Notifications</source>
            <translation>&amp;Benachrichtigungen</translation>
        </message>
        <message>
            <source>A&amp;dvanced</source>
            <translation>&amp;Erweitert</translation>
        </message>
        <message>
            <source>Settings sections</source>
            <translation>Bereiche der Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>or</source>
            <translation>oder</translation>
        </message>
    </context>
    <context>
        <name>SlotCommands</name>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Paste image</source>
            <translation>Bild einfügen</translation>
        </message>
        <message>
            <source>Crop or fix…</source>
            <translation>Zuschneiden oder korrigieren…</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>Bild entfernen</translation>
        </message>
    </context>
    <context>
        <name>SlotView</name>
        <message>
            <source>Drop a photo here, or Browse… / Paste</source>
            <translation>Foto hier ablegen, oder Durchsuchen… / Einfügen</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Choose a JPEG, PNG, WebP or GIF file</source>
            <translation>Eine JPEG-, PNG-, WebP- oder GIF-Datei wählen</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <source>Use the picture or image file you copied (Ctrl+V)</source>
            <translation>Das kopierte Bild oder die kopierte Bilddatei verwenden (Strg+V)</translation>
        </message>
    </context>
    <context>
        <name>SpendingSettings</name>
        <message>
            <source>Ask me before any single video over</source>
            <translation>Mich vor jedem einzelnen Video fragen über</translation>
        </message>
        <message>
            <source>Daily limit:</source>
            <translation>Tageslimit:</translation>
        </message>
        <message>
            <source>Limit for this session:</source>
            <translation>Limit für diese Sitzung:</translation>
        </message>
        <message>
            <source>Ask before a video over (credits)</source>
            <translation>Fragen vor einem Video über (Credits)</translation>
        </message>
        <message>
            <source>Daily limit (credits)</source>
            <translation>Tageslimit (Credits)</translation>
        </message>
        <message>
            <source>Limit for this session (credits)</source>
            <translation>Limit für diese Sitzung (Credits)</translation>
        </message>
        <message>
            <source>A video that would go over a limit waits, and you are asked. A session lasts from when you start the app until you quit it. Demo videos never count. File › Spending… shows what you spent.</source>
            <translation>Ein Video, das ein Limit überschreiten würde, wartet, und du wirst gefragt. Eine Sitzung dauert vom Start der App bis zum Beenden. Demo-Videos zählen nie. Datei › Ausgaben… zeigt, was du ausgegeben hast.</translation>
        </message>
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Demo mode — simulated videos</source>
            <translation>Demo-Modus — simulierte Videos</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
    </context>
</TS>