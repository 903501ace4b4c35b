<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>Turn a photo and a sentence into a short video with PoYo&apos;s Kling 2.1 models.</source>
        <translation>用 PoYo 的 Kling 2.1 模型，把一张照片和一句话变成短视频。</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>以 MIT 许可证发布。</translation>
    </message>
    <message>
        <source>Your PoYo account</source>
        <translation>你的 PoYo 账户</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Enter your API key first.</source>
        <translation>请先输入你的 API 密钥。</translation>
    </message>
    <message>
        <source>The test could not run</source>
        <translation>无法进行测试</translation>
    </message>
    <message>
        <source>The test could not run: {reason}</source>
        <translation>无法进行测试：{reason}</translation>
    </message>
    <message>
        <source>Connected as {email}. {credits} credits left.</source>
        <translation>已以 {email} 的身份连接。剩余 {credits} 积分。</translation>
    </message>
    <message>
        <source>Connected. {credits} credits left.</source>
        <translation>已连接。剩余 {credits} 积分。</translation>
    </message>
    <message>
        <source>The balance could not be read</source>
        <translation>无法读取余额</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Make a video from the form (Ctrl+Enter)</source>
        <translation>用表单生成视频（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Videos &amp;Folder</source>
        <translation>打开视频文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;pending…</source>
        <translation>花费(&amp;P)…</translation>
    </message>
    <message>
        <source>What your videos cost: today, this month, each one</source>
        <translation>视频的花费：今天、本月、每一个</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About PoYo Desktop</source>
        <translation>关于 PoYo Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the app answers to</source>
        <translation>本应用响应的所有按键</translation>
    </message>
    <message>
        <source>PoYo &amp;Website</source>
        <translation>PoYo 网站(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Video</source>
        <translation>打开视频(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy Task ID</source>
        <translation>复制任务 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Settings as &amp;JSON</source>
        <translation>将设置复制为 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>再次使用这些设置(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Try this task again: fetch its video, or make it again if it failed</source>
        <translation>再试一次此任务：获取它的视频，失败的话就重新生成</translation>
    </message>
    <message>
        <source>Check &amp;Status Again</source>
        <translation>再次检查状态(&amp;S)</translation>
    </message>
    <message>
        <source>Ask PoYo whether this task was created and how it is doing</source>
        <translation>询问 PoYo 此任务是否已创建、进展如何</translation>
    </message>
    <message>
        <source>Submit &amp;Again…</source>
        <translation>再次提交(&amp;A)…</translation>
    </message>
    <message>
        <source>Send this task again (it may be charged twice)</source>
        <translation>再次发送此任务（可能会被收费两次）</translation>
    </message>
    <message>
        <source>Re&amp;move from List…</source>
        <translation>从列表中移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>Keep this task from being sent until you resume it</source>
        <translation>在你继续之前不发送此任务</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>继续(&amp;M)</translation>
    </message>
    <message>
        <source>Let this task be sent</source>
        <translation>允许发送此任务</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this task&apos;s prompt, length or model before it is sent (free)</source>
        <translation>在发送前更改此任务的提示词、时长或模型（免费）</translation>
    </message>
    <message>
        <source>Send &amp;Next</source>
        <translation>下一个发送(&amp;N)</translation>
    </message>
    <message>
        <source>Send this task before the others waiting</source>
        <translation>在其他等待的任务之前发送此任务</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>One place earlier in line</source>
        <translation>在队列中前移一位</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>One place later</source>
        <translation>后移一位</translation>
    </message>
    <message>
        <source>Send &amp;Last</source>
        <translation>最后发送(&amp;L)</translation>
    </message>
    <message>
        <source>Send this task after the others waiting</source>
        <translation>在其他等待的任务之后发送此任务</translation>
    </message>
    <message>
        <source>&amp;Cancel (Not Paid)</source>
        <translation>取消（未付费）(&amp;C)</translation>
    </message>
    <message>
        <source>Take this task out of line: it was not sent, so nothing is charged</source>
        <translation>将此任务移出队列：它尚未发送，因此不会收费</translation>
    </message>
    <message>
        <source>Send &amp;After All</source>
        <translation>仍然发送(&amp;A)</translation>
    </message>
    <message>
        <source>Put this cancelled task back in line, at its end</source>
        <translation>把这个已取消的任务放回队列末尾</translation>
    </message>
    <message>
        <source>Pause Sending</source>
        <translation>暂停发送</translation>
    </message>
    <message>
        <source>Keep every task not sent yet (and new ones) from being sent, until you resume</source>
        <translation>在你继续之前，所有尚未发送的任务（包括新任务）都不发送</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Resume Sending</source>
        <translation>继续发送</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to PoYo.</source>
        <translation>与 PoYo 通信时出了问题。</translation>
    </message>
    <message>
        <source>PoYo did not accept the request.</source>
        <extracomment>``default_message`` without its promise that the app will try again (&quot;&quot;: the same)</extracomment>
        <translation>PoYo 未接受该请求。</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key. Check it in Settings (it may be mistyped or revoked).</source>
        <translation>PoYo 未接受你的 API 密钥。请在设置中检查（可能输错了或已被撤销）。</translation>
    </message>
    <message>
        <source>The server address starts with http://, which would send your API key unencrypted. Use an https:// address in Settings.</source>
        <translation>服务器地址以 http:// 开头，这会以未加密方式发送你的 API 密钥。请在设置中使用 https:// 地址。</translation>
    </message>
    <message>
        <source>Your PoYo account is not allowed to do this.</source>
        <translation>你的 PoYo 账户无权执行此操作。</translation>
    </message>
    <message>
        <source>Your PoYo account does not have enough credits for this video. Top up on poyo.ai, then try again.</source>
        <translation>你的 PoYo 账户积分不足，无法生成此视频。请在 poyo.ai 充值后重试。</translation>
    </message>
    <message>
        <source>PoYo does not know this task (it may belong to another account).</source>
        <translation>PoYo 不认识此任务（它可能属于另一个账户）。</translation>
    </message>
    <message>
        <source>The download link for this video has expired or was removed (PoYo&apos;s result links last about a day).</source>
        <translation>此视频的下载链接已过期或已被移除（PoYo 的结果链接大约有效一天）。</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests. The app will wait and try again.</source>
        <translation>PoYo 收到的请求太多。应用会等待后重试。</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests.</source>
        <translation>PoYo 收到的请求太多。</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers are having trouble right now. Please try again shortly.</source>
        <translation>PoYo 的服务器目前出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>Could not reach PoYo. Check your internet connection; the app will keep trying.</source>
        <translation>无法连接 PoYo。请检查你的网络连接；应用会继续尝试。</translation>
    </message>
    <message>
        <source>Could not reach PoYo. Check your internet connection.</source>
        <translation>无法连接 PoYo。请检查你的网络连接。</translation>
    </message>
    <message>
        <source>The download stalled. It can be downloaded again.</source>
        <translation>下载停滞了。可以重新下载。</translation>
    </message>
    <message>
        <source>The download broke off. It can be downloaded again.</source>
        <translation>下载中断了。可以重新下载。</translation>
    </message>
    <message>
        <source>PoYo sent an answer the app could not understand.</source>
        <translation>PoYo 发回了应用无法理解的回复。</translation>
    </message>
    <message>
        <source>The request reached PoYo but no answer came back, so the video may or may not have been started. Submitting again could be charged twice.</source>
        <translation>请求已到达 PoYo，但没有收到回复，因此视频可能已开始，也可能没有。再次提交可能会被收费两次。</translation>
    </message>
    <message>
        <source>Some settings need fixing before the video can be made.</source>
        <translation>需要先修正一些设置，才能生成视频。</translation>
    </message>
    <message>
        <source>PoYo took too long to answer. Please try again shortly.</source>
        <translation>PoYo 回复太慢。请稍后重试。</translation>
    </message>
    <message>
        <source>PoYo (or a proxy in front of it) answered with an error page. Please try again shortly.</source>
        <translation>PoYo（或其前面的代理）返回了错误页面。请稍后重试。</translation>
    </message>
    <message>
        <source>The file is too large for PoYo.</source>
        <translation>文件太大，PoYo 无法接受。</translation>
    </message>
    <message>
        <source>PoYo did not accept the request: {reason}</source>
        <translation>PoYo 未接受该请求：{reason}</translation>
    </message>
    <message>
        <source>PoYo reported the video as finished but did not give exactly one video file.</source>
        <translation>PoYo 报告视频已完成，但没有恰好给出一个视频文件。</translation>
    </message>
    <message>
        <source>The demo server is not running yet.</source>
        <translation>演示服务器尚未运行。</translation>
    </message>
    <message>
        <source>PoYo did not answer in time. The app will keep trying.</source>
        <translation>PoYo 未及时回复。应用会继续尝试。</translation>
    </message>
    <message>
        <source>PoYo did not answer in time.</source>
        <translation>PoYo 未及时回复。</translation>
    </message>
    <message>
        <source>The connection to PoYo broke off. The app will keep trying.</source>
        <translation>与 PoYo 的连接中断了。应用会继续尝试。</translation>
    </message>
    <message>
        <source>The connection to PoYo broke off.</source>
        <translation>与 PoYo 的连接中断了。</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>New videos now go to {server}.</source>
        <translation>新视频现在发送到 {server}。</translation>
    </message>
    <message>
        <source>New videos now go to {server}. Videos already under way keep following the server they were sent to (it alone knows their tasks).</source>
        <translation>新视频现在发送到 {server}。已在进行中的视频继续跟随它们被发送到的服务器（只有它知道这些任务）。</translation>
    </message>
    <message>
        <source>The demo server could not be started</source>
        <translation>无法启动演示服务器</translation>
    </message>
    <message>
        <source>Your settings file was damaged and has been reset. A copy was kept at {path}.</source>
        <translation>你的设置文件已损坏，已被重置。副本保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>AwayCard</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>not enough credits</source>
        <translation>积分不足</translation>
    </message>
    <message>
        <source>PoYo could not make it</source>
        <translation>PoYo 无法生成</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>API 密钥未被接受</translation>
    </message>
    <message>
        <source>not allowed for your account</source>
        <translation>你的账户不允许</translation>
    </message>
    <message>
        <source>PoYo no longer knows it</source>
        <translation>PoYo 已找不到它</translation>
    </message>
    <message>
        <source>download link expired</source>
        <translation>下载链接已过期</translation>
    </message>
    <message>
        <source>PoYo could not be reached</source>
        <translation>无法连接 PoYo</translation>
    </message>
    <message>
        <source>trouble at PoYo</source>
        <translation>PoYo 出现故障</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the videos folder is missing</source>
        <translation>视频文件夹不存在</translation>
    </message>
    <message>
        <source>PoYo did not accept the request</source>
        <translation>PoYo 未接受请求</translation>
    </message>
    <message>
        <source>settings need fixing</source>
        <translation>设置需要修正</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) finished</source>
        <translation>
            <numerusform>%n 个视频已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({reasons})</source>
        <translation>{count}（{reasons}）</translation>
    </message>
    <message numerus="yes">
        <source>%n may have been made (check it)</source>
        <translation>
            <numerusform>%n 个可能已生成（请检查）</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} · {cost}</source>
        <translation>{events} · {cost}</translation>
    </message>
    <message numerus="yes">
        <source>{credits} credit(s) spent (about {dollars})</source>
        <translation>
            <numerusform>花费 {credits} 积分（约 {dollars}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Free in demo mode</source>
        <translation>演示模式下免费</translation>
    </message>
    <message>
        <source>Nothing was charged</source>
        <translation>没有收费</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>“{prompt}”</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>你的视频</translation>
    </message>
    <message>
        <source>{video} is ready</source>
        <translation>{video} 已完成</translation>
    </message>
    <message>
        <source>{video} failed: {reason}</source>
        <translation>{video} 失败：{reason}</translation>
    </message>
    <message>
        <source>{video} failed</source>
        <translation>{video} 失败</translation>
    </message>
    <message>
        <source>{video} may have been made: check it</source>
        <translation>{video} 可能已生成：请检查</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the list</source>
        <translation>
            <numerusform>列表中还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>你离开期间</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
</context>
<context>
    <name>BalanceCheck</name>
    <message>
        <source>Your balance is {balance} (read at {time}); this video costs {price}.</source>
        <translation>你的余额为 {balance}（{time} 读取）；此视频需要 {price}。</translation>
    </message>
    <message>
        <source>Your balance is {balance}; this video costs {price}.</source>
        <translation>你的余额为 {balance}；此视频需要 {price}。</translation>
    </message>
    <message>
        <source>Not enough credits?</source>
        <translation>积分不够？</translation>
    </message>
    <message>
        <source>PoYo will most likely refuse it (nothing is charged then). Top up on poyo.ai first, or send it anyway if you already have.</source>
        <translation>PoYo 很可能会拒绝（那样不会收费）。请先在 poyo.ai 充值；如果已经充值，也可以直接发送。</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>仍然发送</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Demo mode notice</source>
        <translation>演示模式提示</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Videos are simulated on this computer, for free. Add your PoYo API key to make real ones.</source>
        <translation>&lt;b&gt;演示模式。&lt;/b&gt;视频在这台电脑上模拟生成，免费。添加你的 PoYo API 密钥即可生成真实视频。</translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation>添加 API 密钥…</translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation>添加 API 密钥</translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <source>Your spending limits could not be checked now; each video is still checked before it is paid.</source>
        <translation>暂时无法检查你的花费上限；每个视频在付费前仍会检查。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n video(s) was sent; they are still in the batch: {reason}</source>
        <extracomment>The review&apos;s modules, imported (on a worker thread) when the first review opens.</extracomment>
        <translation>
            <numerusform>%n 个视频都没有发送，仍在批量中：{reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n video(s) are in the queue; the other {left} were not sent and are still in the batch: {reason}</source>
        <translation>
            <numerusform>%n 个视频中有 {recorded} 个已进入队列；另外 {left} 个没有发送，仍在批量中：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch could not be reviewed</source>
        <translation>无法检查批量</translation>
    </message>
    <message>
        <source>The batch could not be sent</source>
        <translation>无法发送批量</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) added to the queue.</source>
        <translation>
            <numerusform>已将 %n 个视频加入队列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchMode</name>
    <message>
        <source>Checking which pictures were made before…</source>
        <translation>正在检查哪些图片以前生成过…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n more picture(s)…</source>
        <translation>
            <numerusform>还在检查 %n 张图片…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>own prompt: “{prompt}”</source>
        <translation>单独的提示词：“{prompt}”</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 份</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>{made}, made again</source>
        <translation>{made}，将再次生成</translation>
    </message>
    <message>
        <source>{made}: skipped</source>
        <translation>{made}：已跳过</translation>
    </message>
    <message>
        <source>already being made (since {day})</source>
        <translation>正在生成中（自 {day} 起）</translation>
    </message>
    <message>
        <source>made before on {day}</source>
        <translation>已于 {day} 生成过</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Add pictures…</source>
        <extracomment>Pictures were dropped on the panel or chosen with &quot;Add pictures…&quot; (list of Path). &quot;Clear batch&quot;: back to the one-picture form.</extracomment>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Clear batch</source>
        <translation>清空批量</translation>
    </message>
    <message>
        <source>Back to one picture; the pictures stay where they are</source>
        <translation>回到单张图片；图片文件保持原样</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未纳入</translation>
    </message>
    <message>
        <source>Batch pictures</source>
        <translation>批量图片</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n picture(s)</source>
        <translation>
            <numerusform>批量：%n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · checking %n more…</source>
        <translation>
            <numerusform> · 还在检查 %n 张…</numerusform>
        </translation>
    </message>
    <message>
        <source>1 picture was made into a video with these settings before, so it is skipped.</source>
        <translation>有 1 张图片以前用这些设置生成过视频，因此跳过。</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures were made into a video with these settings before, so they are skipped.</source>
        <translation>
            <numerusform>有 %n 张图片以前用这些设置生成过视频，因此跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>纳入它们</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) made before will be made again.</source>
        <translation>
            <numerusform>%n 张以前生成过的图片将再次生成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>跳过它们</translation>
    </message>
    <message numerus="yes">
        <source>Left out, %n picture(s) that cannot be used:</source>
        <translation>
            <numerusform>未纳入 %n 张无法使用的图片：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add pictures to the batch</source>
        <translation>向批量添加图片</translation>
    </message>
</context>
<context>
    <name>Chains</name>
    <message>
        <source>Continues an earlier video</source>
        <translation>接续之前的视频</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>无提示词</translation>
    </message>
    <message>
        <source>Continues “{prompt}”</source>
        <translation>接续“{prompt}”</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with Pictures</source>
        <translation>与图片对比</translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation>无提示词</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>“{prompt}”</translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>正在读取视频…</translation>
    </message>
    <message>
        <source>Start image</source>
        <translation>起始图片</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <source>End image</source>
        <translation>结束图片</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <source>The video&apos;s first frame beside the picture it started from, and its last frame beside the picture it ended on.</source>
        <translation>视频的第一帧与起始图片并排，最后一帧与结束图片并排。</translation>
    </message>
    <message>
        <source>The video&apos;s first frame beside the picture it started from.</source>
        <translation>视频的第一帧与起始图片并排。</translation>
    </message>
    <message>
        <source>The picture is no longer there.</source>
        <translation>图片已不存在。</translation>
    </message>
    <message>
        <source>something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>The video could not be compared: {reason}</source>
        <translation>无法对比视频：{reason}</translation>
    </message>
</context>
<context>
    <name>ConfirmPrice</name>
    <message>
        <source>Confirm the price</source>
        <translation>确认价格</translation>
    </message>
    <message>
        <source>Make It</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>You asked to be asked before any video over {credits} (Settings, Spending).</source>
        <translation>你设置了视频超过 {credits} 时先询问（设置 › 花费）。</translation>
    </message>
</context>
<context>
    <name>CopiesChoice</name>
    <message>
        <source>Make</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Several videos of the same picture, each a little different</source>
        <translation>同一张图片生成多个视频，每个略有不同</translation>
    </message>
    <message numerus="yes">
        <source>video(s) of each picture</source>
        <translation>
            <numerusform>个视频／每张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>video(s) of this picture</source>
        <translation>
            <numerusform>个视频／此图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopySaving</name>
    <message>
        <source>something unexpected went wrong</source>
        <translation>发生了意外错误</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>the demo server did not start (exit code {code}; see {log})</source>
        <translation>演示服务器没有启动（退出代码 {code}；请查看 {log}）</translation>
    </message>
</context>
<context>
    <name>DownloadStep</name>
    <message>
        <source>A video is already saved as {name}, but the server could not confirm it is this task&apos;s. {reason}</source>
        <translation>已有一个视频保存为 {name}，但服务器无法确认它属于此任务。{reason}</translation>
    </message>
    <message>
        <source>The video could not be downloaded: {reason} Press Retry to get a fresh link from PoYo and download it again; it is not charged again.</source>
        <translation>无法下载视频：{reason}请点击“重试”，从 PoYo 获取新链接并重新下载；不会再次收费。</translation>
    </message>
    <message>
        <source>The video could not be downloaded. {reason}</source>
        <translation>无法下载视频。{reason}</translation>
    </message>
    <message>
        <source>Your video was saved as {name}, but your task history could not be updated ({reason}). Press Retry to record it: it will not be bought again.</source>
        <translation>你的视频已保存为 {name}，但无法更新你的任务历史（{reason}）。请点击“重试”来记录它：不会再次购买。</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>The disk is full: there is no room to save the video in {folder}.</source>
        <translation>磁盘已满：{folder} 中没有空间保存视频。</translation>
    </message>
    <message>
        <source>The app is not allowed to save files in {folder}.</source>
        <translation>本应用无权在 {folder} 中保存文件。</translation>
    </message>
    <message>
        <source>The download folder {folder} no longer exists or cannot be created.</source>
        <translation>下载文件夹 {folder} 已不存在或无法创建。</translation>
    </message>
    <message>
        <source>The video could not be saved in {folder}: {reason}.</source>
        <translation>无法将视频保存到 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>The download was incomplete. It can be downloaded again.</source>
        <translation>下载不完整。可以重新下载。</translation>
    </message>
    <message>
        <source>The downloaded file is not a complete video. It can be downloaded again.</source>
        <translation>下载的文件不是完整的视频。可以重新下载。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>{name} is missing: it was moved, renamed or deleted since the app was last open.</source>
        <translation>{name} 不见了：自上次打开本应用以来，它已被移动、重命名或删除。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit Video</source>
        <translation>编辑视频</translation>
    </message>
    <message>
        <source>Not sent yet, so changing it costs nothing.</source>
        <translation>尚未发送，所以修改不收费。</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Describe what should happen.</source>
        <translation>描述应该发生什么。</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Things to avoid, e.g. blur, distorted faces, text</source>
        <translation>要避免的内容，例如：模糊、变形的脸、文字</translation>
    </message>
    <message>
        <source>{} model</source>
        <translation>{} 模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Length {}</source>
        <translation>时长 {}</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>{refusal} This video ends on {picture}.</source>
        <translation>{refusal} 此视频以 {picture} 结束。</translation>
    </message>
    <message>
        <source>With Pro, it also ends on {picture}.</source>
        <translation>使用 Pro 时，它还会以 {picture} 结束。</translation>
    </message>
    <message>
        <source>{price}, was {credits}</source>
        <translation>{price}，原为 {credits}</translation>
    </message>
    <message>
        <source>This video was removed from the list, so nothing was changed.</source>
        <translation>此视频已从列表中移除，因此没有做任何更改。</translation>
    </message>
    <message>
        <source>It can no longer change.</source>
        <translation>它已无法再更改。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This video could not be changed.</source>
        <translation>无法更改此视频。</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>该图片</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>PoYo Desktop ran into an unexpected problem. Your tasks are saved; you can keep working. If it happens again, please send the details below to the developers.</source>
        <translation>PoYo Desktop 遇到了意外问题。你的任务已保存，可以继续工作。如果再次发生，请把下面的详细信息发给开发者。</translation>
    </message>
</context>
<context>
    <name>FailureDetails</name>
    <message>
        <source>Show details ▸</source>
        <translation>显示详情 ▸</translation>
    </message>
    <message>
        <source>Hide details ▾</source>
        <translation>隐藏详情 ▾</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>The technical detail of this failure, for support</source>
        <translation>此次失败的技术详情，供技术支持使用</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>把详情复制到剪贴板</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
</context>
<context>
    <name>FileActionsBar</name>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save a copy of the video somewhere</source>
        <translation>把视频另存一份</translation>
    </message>
    <message>
        <source>Open with system player</source>
        <translation>用系统播放器打开</translation>
    </message>
    <message>
        <source>Play the video in your computer&apos;s usual video player</source>
        <translation>用电脑上常用的视频播放器播放</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Open the folder that holds the video</source>
        <translation>打开视频所在的文件夹</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>Use this frame, continue from the last one, and more</source>
        <translation>使用此帧、从最后一帧接续等</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Pick a photo</source>
        <translation>选一张照片</translation>
    </message>
    <message>
        <source>Drop it on the Start image box, or press Browse… or Paste.</source>
        <translation>把它拖到“起始图片”框，或按“浏览…”或“粘贴”。</translation>
    </message>
    <message>
        <source>Describe what should happen</source>
        <translation>描述应该发生什么</translation>
    </message>
    <message>
        <source>One sentence in Prompt, like “the waves roll in slowly”.</source>
        <translation>在“提示词”中写一句话，例如“海浪缓缓涌来”。</translation>
    </message>
    <message>
        <source>Press Generate</source>
        <translation>按“生成”</translation>
    </message>
    <message>
        <source>Or Ctrl+Enter. Your video appears in Your videos and plays here.</source>
        <translation>或按 Ctrl+Enter。视频会出现在“你的视频”中，并在这里播放。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Make your first video</source>
        <translation>生成你的第一个视频</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this guide (Help ▸ Keyboard Shortcuts lists the keys)</source>
        <translation>隐藏此指南（帮助 ▸ 键盘快捷键 列出了所有按键）</translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>Add bars</source>
        <translation>加黑边</translation>
    </message>
    <message>
        <source>Resize only</source>
        <translation>仅缩放</translation>
    </message>
    <message>
        <source>Drag the frame to choose what to keep, or its corners to resize it. With the keyboard: arrow keys move it, + and − resize it.</source>
        <translation>拖动框选择要保留的部分，拖动四角调整大小。键盘：方向键移动，+ 和 − 调整大小。</translation>
    </message>
    <message>
        <source>The whole picture is kept; black bars fill the rest of the shape.</source>
        <translation>保留整张图片；其余部分用黑边填充。</translation>
    </message>
    <message>
        <source>The whole picture is kept, in its own shape.</source>
        <translation>保留整张图片及其原有比例。</translation>
    </message>
    <message>
        <source>Fix the {picture}</source>
        <extracomment>The person chose: a :class:`FixPlan` to carry out on the whole picture.</extracomment>
        <translation>修正{picture}</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation>使用此图片</translation>
    </message>
    <message>
        <source>Its shape is outside what Kling takes.</source>
        <translation>它的比例超出了 Kling 支持的范围。</translation>
    </message>
    <message>
        <source>Making the picture…</source>
        <translation>正在生成图片…</translation>
    </message>
    <message>
        <source>Result: {width} × {height} px ({shape}).</source>
        <translation>结果：{width} × {height} 像素（{shape}）。</translation>
    </message>
    <message>
        <source>Enlarged to {side} px on its short side: it may look soft.</source>
        <translation>短边放大到 {side} 像素：可能看起来不够清晰。</translation>
    </message>
    <message>
        <source>Like the start image ({shape})</source>
        <translation>与起始图片相同（{shape}）</translation>
    </message>
    <message>
        <source>Its own ({shape})</source>
        <translation>原有比例（{shape}）</translation>
    </message>
    <message>
        <source>Kling does not take this shape.</source>
        <translation>Kling 不支持此比例。</translation>
    </message>
</context>
<context>
    <name>FixFlow</name>
    <message>
        <source>The picture could not be read again. Was the file moved or changed?</source>
        <translation>无法再次读取图片。文件是否被移动或修改了？</translation>
    </message>
    <message>
        <source>{fix}; {changes}.</source>
        <translation>{fix}；{changes}。</translation>
    </message>
    <message>
        <source>The picture could not be fixed.</source>
        <translation>无法修正图片。</translation>
    </message>
</context>
<context>
    <name>FormBatches</name>
    <message>
        <source>Review the batch…</source>
        <extracomment>The batch form&apos;s modules, imported when the first batch comes.</extracomment>
        <translation>检查批量…</translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln video(s)…</source>
        <translation>
            <numerusform>检查 %Ln 个视频…</numerusform>
        </translation>
    </message>
    <message>
        <source>The pictures could not be taken</source>
        <translation>无法载入图片</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s): free in demo mode ({credits} with a key)</source>
        <translation>
            <numerusform>%Ln 个视频：演示模式下免费（使用密钥需 {credits}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s): {money}</source>
        <translation>
            <numerusform>%Ln 个视频：{money}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} 分 {s} 秒</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} 小时 {min} 分</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>{min} min ago</source>
        <translation>{min} 分钟前</translation>
    </message>
    <message>
        <source>{h} h ago</source>
        <translation>{h} 小时前</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} {unit}</source>
        <translation>{size} {unit}</translation>
    </message>
    <message>
        <source>Running {percent} %</source>
        <translation>进行中 {percent}%</translation>
    </message>
    <message>
        <source>Unknown — may have been created</source>
        <translation>未知 — 可能已创建</translation>
    </message>
    <message>
        <source>Cancelled · nothing was charged</source>
        <translation>已取消 · 未收费</translation>
    </message>
    <message>
        <source>Paused · not paid yet</source>
        <translation>已暂停 · 尚未付费</translation>
    </message>
    <message numerus="yes">
        <source>Waiting · %n in line · not paid yet</source>
        <translation>
            <numerusform>等待中 · 排第 %n 位 · 尚未付费</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting · not paid yet</source>
        <translation>等待中 · 尚未付费</translation>
    </message>
    <message>
        <source>Uploading · not paid yet</source>
        <translation>正在上传 · 尚未付费</translation>
    </message>
    <message>
        <source> · sent</source>
        <translation> · 已发送</translation>
    </message>
    <message>
        <source> · paid</source>
        <translation> · 已付费</translation>
    </message>
    <message>
        <source>Not sent to PoYo yet, so not paid: it can be paused, moved or cancelled for free.</source>
        <translation>尚未发送给 PoYo，所以未付费：可以免费暂停、移动或取消。</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing was charged.</source>
        <translation>发送前已取消：未收费。</translation>
    </message>
    <message>
        <source>Sent to the demo server (free): it can only stop being followed.</source>
        <translation>已发送到演示服务器（免费）：只能停止跟踪。</translation>
    </message>
    <message>
        <source>Sent to PoYo: it is paid, and can only stop being followed.</source>
        <translation>已发送给 PoYo：已付费，只能停止跟踪。</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Model: {model} · {length}</source>
        <translation>模型：{model} · {length}</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>创建于：{when}</translation>
    </message>
    <message>
        <source>Took: {time}</source>
        <translation>用时：{time}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>大小：{size}</translation>
    </message>
    <message>
        <source>Avoid: {words}</source>
        <translation>避免：{words}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;问题：&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;For now:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;目前：&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <source>Task id: {id}</source>
        <translation>任务 ID：{id}</translation>
    </message>
    <message>
        <source>{status}: {prompt}, {model}, {length}</source>
        <translation>{status}：{prompt}，{model}，{length}</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>无提示词</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>创建于 {when}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>用时 {time}</translation>
    </message>
    <message>
        <source>avoid: {words}</source>
        <translation>避免：{words}</translation>
    </message>
</context>
<context>
    <name>FrameActions</name>
    <message>
        <source>Continue from &amp;Last Frame</source>
        <extracomment>(entry, tip, FrameCommands method), in menu order.</extracomment>
        <translation>从最后一帧接续(&amp;L)</translation>
    </message>
    <message>
        <source>Start a new video where this one ends: its last frame becomes the start image</source>
        <translation>从此视频结束处开始新视频：它的最后一帧成为起始图片</translation>
    </message>
    <message>
        <source>Make a &amp;Loop…</source>
        <translation>制作循环(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the video played forward then backward</source>
        <translation>保存正放再倒放的视频</translation>
    </message>
    <message>
        <source>&amp;Compare with Pictures</source>
        <translation>与图片对比(&amp;C)</translation>
    </message>
    <message>
        <source>The start (and end) image beside the video&apos;s first (and last) frame</source>
        <translation>起始（和结束）图片与视频第一（和最后）帧并排</translation>
    </message>
</context>
<context>
    <name>FrameCommands</name>
    <message>
        <source>Use This Frame as &amp;Start Image</source>
        <translation>将此帧用作起始图片(&amp;S)</translation>
    </message>
    <message>
        <source>Use This Frame as &amp;End Image</source>
        <translation>将此帧用作结束图片(&amp;E)</translation>
    </message>
    <message>
        <source>Taking the last frame of the video…</source>
        <translation>正在提取视频的最后一帧…</translation>
    </message>
    <message>
        <source>The last frame is the start image now. Write what happens next.</source>
        <translation>最后一帧现在是起始图片。写下接下来发生什么。</translation>
    </message>
    <message>
        <source>Play the video, then pause on the frame you want.</source>
        <translation>播放视频，然后在想要的帧上暂停。</translation>
    </message>
    <message>
        <source>Frame {index} is the end image now.</source>
        <translation>第 {index} 帧现在是结束图片。</translation>
    </message>
    <message>
        <source>Frame {index} is the start image now.</source>
        <translation>第 {index} 帧现在是起始图片。</translation>
    </message>
    <message>
        <source>The frame could not be kept: {reason}</source>
        <translation>无法保存该帧：{reason}</translation>
    </message>
    <message>
        <source>The picture could not be saved ({reason}).</source>
        <translation>无法保存图片（{reason}）。</translation>
    </message>
    <message>
        <source>The frame could not be taken: something went wrong.</source>
        <translation>无法提取该帧：出错了。</translation>
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <source>Crop frame</source>
        <extracomment>The frame moved or was resized (read it with :meth:`frame`).</extracomment>
        <translation>裁剪框</translation>
    </message>
    <message>
        <source>Keeps {w} × {h} px, from {x}, {y}, of the {width} × {height} px picture. Arrow keys move it; plus and minus resize it.</source>
        <translation>从 {width} × {height} 像素的图片中保留 {w} × {h} 像素，起点 {x}, {y}。方向键移动，加号和减号调整大小。</translation>
    </message>
    <message>
        <source>The picture as it will be sent.</source>
        <translation>将要发送的图片。</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>正在加载图片…</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>last frame of {name}</source>
        <translation>{name} 的最后一帧</translation>
    </message>
    <message>
        <source>frame {index} of {name}</source>
        <translation>{name} 的第 {index} 帧</translation>
    </message>
    <message>
        <source>The video file is missing: it may have been moved or deleted.</source>
        <translation>视频文件不存在：可能已被移动或删除。</translation>
    </message>
    <message>
        <source>The frame on screen could not be read. Try again once it shows.</source>
        <translation>无法读取屏幕上的帧。等它显示后再试。</translation>
    </message>
</context>
<context>
    <name>Framing</name>
    <message>
        <source>Cropped to {shape} ({size}).</source>
        <extracomment>The shapes offered, by the names people know (Kling&apos;s videos are 16:9, 9:16 or 1:1).</extracomment>
        <translation>已裁剪为 {shape}（{size}）。</translation>
    </message>
    <message>
        <source>Bars added to make it {shape} ({size}).</source>
        <translation>已加黑边，使其成为 {shape}（{size}）。</translation>
    </message>
    <message>
        <source>Saved as a picture PoYo takes ({size}).</source>
        <translation>已保存为 PoYo 接受的图片（{size}）。</translation>
    </message>
    <message>
        <source>Enlarged from {width} × {height} px to {size}.</source>
        <translation>已从 {width} × {height} px 放大到 {size}。</translation>
    </message>
    <message>
        <source>Made smaller from {width} × {height} px to {size}.</source>
        <translation>已从 {width} × {height} px 缩小到 {size}。</translation>
    </message>
    <message>
        <source>The end image is {end} and the start image {start}: Kling may crop or stretch between them.</source>
        <translation>结束图片是 {end}，起始图片是 {start}：Kling 可能会在两者之间裁剪或拉伸。</translation>
    </message>
</context>
<context>
    <name>GenerateFooter</name>
    <message>
        <source>Generate video</source>
        <translation>生成视频</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>PoYo charges when the video is finished; a failed task costs nothing.</source>
        <translation>视频完成时 PoYo 才收费；失败的任务不收费。</translation>
    </message>
    <message>
        <source>Why Generate is not available</source>
        <translation>为什么不能生成</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Send to PoYo and start making the video.</source>
        <translation>发送给 PoYo 并开始生成视频。</translation>
    </message>
</context>
<context>
    <name>HistoryFilter</name>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Search prompts…</source>
        <translation>搜索提示词…</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>按模型筛选</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
</context>
<context>
    <name>ImageDropZone</name>
    <message>
        <source>The {picture}</source>
        <extracomment>The chosen file changed (a ``Path``), or the slot was emptied (``None``). The check of the current file finished (an :class:`ImageCheck`). Several files or a folder came (a list of ``Path``): a batch (``takes_many`` only).</extracomment>
        <translation>{picture}</translation>
    </message>
    <message>
        <source>Choose the {picture} (or several)</source>
        <translation>选择{picture}（可多选）</translation>
    </message>
    <message>
        <source>Choose the {picture}</source>
        <translation>选择{picture}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first, then paste.</source>
        <translation>剪贴板中没有图片。请先复制照片或图片文件，再粘贴。</translation>
    </message>
</context>
<context>
    <name>ImageIntake</name>
    <message>
        <source>Only one picture fits here; using {name}.</source>
        <translation>这里只能放一张图片；使用 {name}。</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved on this computer.</source>
        <translation>无法在这台电脑上保存粘贴的图片。</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>拖入的图片</translation>
    </message>
    <message>
        <source>This picture is on a web page. Save it to your computer first, then drop or choose the file.</source>
        <translation>这张图片在网页上。请先保存到电脑，再拖入或选择该文件。</translation>
    </message>
    <message>
        <source>{picture} could not be checked.</source>
        <translation>无法检查{picture}。</translation>
    </message>
</context>
<context>
    <name>ImageLimits</name>
    <message>
        <source>{subject} is damaged: only part of it could be read. Save it again or pick another.</source>
        <extracomment>Formats Kling takes as they are; the others are converted before upload. 10 MB, counted in decimal megabytes so that we stay under whichever unit the server means. Long side an upload is scaled down to; Kling&apos;s output is at most 1080p, so more is waste.</extracomment>
        <translation>{subject}已损坏：只能读取一部分。请重新保存，或选择其他图片。</translation>
    </message>
    <message>
        <source>{subject} is damaged: it could not be read. Save it again or pick another.</source>
        <translation>{subject}已损坏：无法读取。请重新保存，或选择其他图片。</translation>
    </message>
    <message>
        <source>{subject} is too small ({width} × {height} px; at least {least} px needed).</source>
        <translation>{subject}太小（{width} × {height} 像素；至少需要 {least} 像素）。</translation>
    </message>
    <message>
        <source>{subject} is too wide ({width} × {height} px). Kling takes shapes from 1:2.5 to 2.5:1: crop it closer to a rectangle and try again.</source>
        <translation>{subject}太宽（{width} × {height} 像素）。Kling 支持 1:2.5 到 2.5:1 的比例：请裁剪后再试。</translation>
    </message>
    <message>
        <source>{subject} is too tall ({width} × {height} px). Kling takes shapes from 1:2.5 to 2.5:1: crop it closer to a rectangle and try again.</source>
        <translation>{subject}太高（{width} × {height} 像素）。Kling 支持 1:2.5 到 2.5:1 的比例：请裁剪后再试。</translation>
    </message>
    <message>
        <source>{subject} is {size}; it will be made smaller before upload (the limit is {limit}).</source>
        <translation>{subject}大小为 {size}；上传前会缩小（上限为 {limit}）。</translation>
    </message>
    <message>
        <source>{subject} is a {format} file; it will be converted to JPEG or PNG before upload.</source>
        <translation>{subject}是 {format} 文件；上传前会转换为 JPEG 或 PNG。</translation>
    </message>
    <message>
        <source>{subject} is animated; only its first frame will be used.</source>
        <translation>{subject}是动图；只使用第一帧。</translation>
    </message>
    <message>
        <source>{subject} is stored turned on its side; it will be sent upright, as shown here.</source>
        <translation>{subject}保存时是横着的；会按这里显示的方向竖直发送。</translation>
    </message>
    <message>
        <source>{subject} is very large ({width} × {height} px); it will be scaled down to {side} px on the long side before upload.</source>
        <translation>{subject}非常大（{width} × {height} 像素）；上传前长边会缩小到 {side} 像素。</translation>
    </message>
    <message>
        <source>converted from CMYK</source>
        <translation>已从 CMYK 转换</translation>
    </message>
    <message>
        <source>converted from 16-bit colour</source>
        <translation>已从 16 位色彩转换</translation>
    </message>
    <message>
        <source>colours converted from {profile} to sRGB</source>
        <translation>色彩已从 {profile} 转换为 sRGB</translation>
    </message>
    <message>
        <source>location removed</source>
        <translation>已删除位置</translation>
    </message>
    <message>
        <source>camera details removed</source>
        <translation>已删除相机信息</translation>
    </message>
    <message>
        <source>Before sending: {changes}.</source>
        <translation>发送前：{changes}。</translation>
    </message>
    <message>
        <source>Too wide for Kling, which takes shapes from 1:2.5 to 2.5:1.</source>
        <translation>对 Kling 来说太宽，它支持 1:2.5 到 2.5:1 的比例。</translation>
    </message>
    <message>
        <source>Too tall for Kling, which takes shapes from 1:2.5 to 2.5:1.</source>
        <translation>对 Kling 来说太高，它支持 1:2.5 到 2.5:1 的比例。</translation>
    </message>
    <message>
        <source>Too small for Kling, which needs {least} px on the short side.</source>
        <translation>对 Kling 来说太小，它要求短边至少 {least} 像素。</translation>
    </message>
    <message>
        <source>PoYo does not take {format} files; this saves it as one it takes.</source>
        <translation>PoYo 不接受 {format} 文件；这里会把它保存为可接受的格式。</translation>
    </message>
    <message>
        <source>Larger than is sent: it is made smaller (at most {side} px).</source>
        <translation>比发送的尺寸大：会缩小（最多 {side} 像素）。</translation>
    </message>
    <message>
        <source>The start image is {shape}: with an end image of the same shape, Kling neither crops nor stretches between them.</source>
        <translation>起始图片的比例是 {shape}：结束图片比例相同时，Kling 在两者之间既不裁剪也不拉伸。</translation>
    </message>
    <message>
        <source>{subject} is not a picture, or the file is damaged.</source>
        <extracomment>File-name filter for open dialogs: the formats of image_limits.SUPPORTED_FORMATS. Extensions a dropped or pasted file may carry (checked again by content later).</extracomment>
        <translation>{subject}不是图片，或文件已损坏。</translation>
    </message>
    <message>
        <source>{subject} is a {format} file, which PoYo does not take. Save it as JPEG or PNG and try again.</source>
        <translation>{subject}是 {format} 文件，PoYo 不接受。请另存为 JPEG 或 PNG 后再试。</translation>
    </message>
    <message>
        <source>{subject} is a kind of file PoYo does not take. Save it as JPEG or PNG and try again.</source>
        <translation>{subject}的文件类型 PoYo 不接受。请另存为 JPEG 或 PNG 后再试。</translation>
    </message>
    <message>
        <source>{subject} is a folder, not a picture.</source>
        <translation>{subject}是文件夹，不是图片。</translation>
    </message>
    <message>
        <source>{subject} could not be found. Was the file moved or deleted?</source>
        <translation>找不到{subject}。文件是否被移动或删除了？</translation>
    </message>
    <message>
        <source>{subject} could not be opened: this account may not read the file.</source>
        <translation>无法打开{subject}：此账户没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>{subject} could not be read from the disk.</source>
        <translation>无法从磁盘读取{subject}。</translation>
    </message>
    <message>
        <source>{subject} is an empty file.</source>
        <translation>{subject}是空文件。</translation>
    </message>
    <message>
        <source>{subject} is too large to open ({width} × {height} px). Make it smaller in a photo editor and try again.</source>
        <translation>{subject}太大，无法打开（{width} × {height} 像素）。请在图片编辑器中缩小后再试。</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>The folder “{name}” could not be opened.</source>
        <translation>无法打开文件夹“{name}”。</translation>
    </message>
    <message numerus="yes">
        <source>From the folder “{name}”: %n picture(s), those directly inside it, by name</source>
        <translation>
            <numerusform>来自文件夹“{name}”：%n 张图片（仅直接位于其中的，按名称排序）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) ignored</source>
        <translation>
            <numerusform>忽略了 %n 个其他文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) inside it not opened</source>
        <translation>
            <numerusform>未打开其中的 %n 个文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>{picture} could not be checked.</source>
        <translation>无法检查{picture}。</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Own prompt</source>
        <translation>单独的提示词</translation>
    </message>
    <message>
        <source>Same as the prompt below</source>
        <translation>与下方提示词相同</translation>
    </message>
    <message>
        <source>Videos of this picture</source>
        <translation>此图片的视频数</translation>
    </message>
    <message>
        <source>Make it again anyway</source>
        <translation>仍然再生成一次</translation>
    </message>
    <message>
        <source>Remove from batch</source>
        <translation>从批量中移除</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>This picture was {made}.</source>
        <translation>此图片{made}。</translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message>
        <source>(no prompt)</source>
        <translation>（无提示词）</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>started {time} ago</source>
        <translation>{time}前开始</translation>
    </message>
</context>
<context>
    <name>JobDisplay</name>
    <message>
        <source>Sending your video request…</source>
        <translation>正在发送你的视频请求…</translation>
    </message>
</context>
<context>
    <name>JobRecords</name>
    <message>
        <source>Something unexpected went wrong while sending this task, so it may or may not have been created.</source>
        <translation>发送此任务时发生了意外问题，因此它可能已创建，也可能没有。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this task. You can try it again.</source>
        <translation>此任务发生了意外问题。你可以再试一次。</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Running — {percent} %</source>
        <translation>进行中 — {percent}%</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>失败：{message}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown — may have been created</source>
        <translation>未知 — 可能已创建</translation>
    </message>
    <message>
        <source>Cancelled before it was sent — nothing was charged</source>
        <translation>发送前已取消 — 未收费</translation>
    </message>
    <message>
        <source>Paused — not sent, not paid yet; resume it to send it</source>
        <translation>已暂停 — 未发送，尚未付费；继续即可发送</translation>
    </message>
    <message>
        <source>The video file is missing: {path}</source>
        <translation>视频文件不存在：{path}</translation>
    </message>
    <message>
        <source>The video file is missing.</source>
        <translation>视频文件不存在。</translation>
    </message>
    <message>
        <source>Waiting for a free slot — not sent, not paid yet</source>
        <translation>等待空位 — 未发送，尚未付费</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>正在上传照片…</translation>
    </message>
    <message>
        <source>Sending to PoYo…</source>
        <translation>正在发送给 PoYo…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>正在下载视频…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The video file could not be deleted: {reason}.</source>
        <translation>无法删除视频文件：{reason}。</translation>
    </message>
    <message>
        <source>Could not start this task again, because your task history could not be saved ({reason}). Nothing was sent; try again once that is fixed.</source>
        <translation>无法重新开始此任务，因为无法保存你的任务历史（{reason}）。没有发送任何内容；问题解决后请再试一次。</translation>
    </message>
</context>
<context>
    <name>KeyPlace</name>
    <message>
        <source>This key comes from the POYO_API_KEY environment variable.</source>
        <translation>此密钥来自环境变量 POYO_API_KEY。</translation>
    </message>
    <message>
        <source>Your key is kept in the system keychain ({name}).</source>
        <translation>你的密钥保存在系统钥匙串中（{name}）。</translation>
    </message>
    <message>
        <source>Your key is not in the system keychain (it did not take the key when it was saved), so it is kept in a file that only your user account can read: {file}</source>
        <translation>你的密钥不在系统钥匙串中（保存时它没有接受密钥），因此保存在只有你的用户账户能读取的文件中：{file}</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer, so your key is kept in a file that only your user account can read: {file}</source>
        <translation>这台电脑上没有找到系统钥匙串，因此你的密钥保存在只有你的用户账户能读取的文件中：{file}</translation>
    </message>
    <message>
        <source>Your key will be kept in the system keychain ({name}).</source>
        <translation>你的密钥将保存在系统钥匙串中（{name}）。</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer, so your key will be kept in a file that only your user account can read: {file}</source>
        <translation>这台电脑上没有找到系统钥匙串，因此你的密钥将保存在只有你的用户账户能读取的文件中：{file}</translation>
    </message>
</context>
<context>
    <name>KeySavingBoxes</name>
    <message>
        <source>Saving your API key… If your computer asks to unlock its keychain, please do.</source>
        <translation>正在保存你的 API 密钥… 如果电脑要求解锁钥匙串，请解锁。</translation>
    </message>
    <message>
        <source>Saving your API key</source>
        <translation>正在保存 API 密钥</translation>
    </message>
    <message>
        <source>Keep It in a File Instead</source>
        <translation>改为保存在文件中</translation>
    </message>
    <message>
        <source>The system keychain did not take your key</source>
        <translation>系统钥匙串没有接受你的密钥</translation>
    </message>
    <message>
        <source>{reason} Unlock the keychain and press Save to try again, or keep the key in a file instead: {file}

Only your user account can read that file, but it is not encrypted: programs you run, and copies of your files such as backups, can read it too.</source>
        <translation>{reason} 请解锁钥匙串后按“保存”重试，或改为把密钥保存在文件中：{file}

只有你的用户账户能读取该文件，但它没有加密：你运行的程序以及备份等文件副本也能读取它。</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Spending</source>
        <translation>花费</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {money}, %n video(s)</source>
        <translation>
            <numerusform>{period}：{money}，%n 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your spending…</source>
        <translation>正在读取你的花费…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Demo videos this month: {count} (free: they count toward no limit)</source>
        <translation>本月演示视频：{count} 个（免费：不计入任何上限）</translation>
    </message>
    <message>
        <source>Export spending as CSV</source>
        <translation>将花费导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The spending could not be exported</source>
        <translation>无法导出花费</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n purchase(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 条消费记录保存到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Expected (credits)</source>
        <translation>预计（积分）</translation>
    </message>
    <message>
        <source>Charged (credits)</source>
        <translation>实收（积分）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>(removed from your history)</source>
        <translation>（已从历史中移除）</translation>
    </message>
    <message>
        <source>, charged {credits}</source>
        <translation>，实收 {credits}</translation>
    </message>
    <message>
        <source>{date}, {model}, {length}, expected {expected}{paid}, {outcome}, {prompt}</source>
        <translation>{date}，{model}，{length}，预计 {expected}{paid}，{outcome}，{prompt}</translation>
    </message>
</context>
<context>
    <name>LengthChoice</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Length %n second(s)</source>
        <translation>
            <numerusform>时长 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitPrompt</name>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>继续等待</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Spending limit reached</source>
        <translation>已达到花费上限</translation>
    </message>
    <message numerus="yes">
        <source>%n videos are waiting: “{send}” sends them all, this once.</source>
        <translation>
            <numerusform>%n 个视频在等待：“{send}”会把它们全部发送，仅此一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The video waits in the list. “{send}” sends it this once; the limit stays for the next ones.</source>
        <translation>视频在列表中等待。“{send}”仅此一次发送它；上限对之后的视频仍然有效。</translation>
    </message>
    <message numerus="yes">
        <source>Send all %n anyway</source>
        <translation>
            <numerusform>仍然发送全部 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
    <message>
        <source>Make a Loop</source>
        <translation>制作循环</translation>
    </message>
    <message>
        <source>Making a seamless loop of “{name}”: it plays forward, then backward, and starts again where it began.</source>
        <translation>正在把“{name}”制作成无缝循环：先正放，再倒放，然后从头开始。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>The loop is ready, saved beside the video as “{name}”.</source>
        <translation>循环已完成，保存在视频旁边，名为“{name}”。</translation>
    </message>
    <message>
        <source>the file could not be written ({reason}).</source>
        <translation>无法写入文件（{reason}）。</translation>
    </message>
    <message>
        <source>something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>The loop could not be made. {reason}</source>
        <translation>无法制作循环。{reason}</translation>
    </message>
</context>
<context>
    <name>LoopExport</name>
    <message>
        <source>The loop came out incomplete. Please try again.</source>
        <translation>循环不完整。请再试一次。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
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
        <translation>画质好，720p，仅起始图片。</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Sharper 1080p, start and end images.</source>
        <translation>更清晰的 1080p，起始和结束图片。</translation>
    </message>
    <message>
        <source>{name} model</source>
        <extracomment>Gap between the two model cards and between the two picture slots.</extracomment>
        <translation>{name} 模型</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>{credits} credit(s)</source>
        <translation>
            <numerusform>{credits} 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{credits} credit(s) (about {dollars})</source>
        <translation>
            <numerusform>{credits} 积分（约 {dollars}）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <source>the history file is in use by another program. Close that program and press Generate again.</source>
        <translation>历史文件正被另一个程序使用。请关闭该程序，然后再次点击“生成”。</translation>
    </message>
    <message>
        <source>the history file is in use by another program. Close that program and press Review again.</source>
        <translation>历史文件正被另一个程序使用。请关闭该程序，然后再次点击“检查”。</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and press Generate again.</source>
        <translation>磁盘已满。请释放一些空间，然后再次点击“生成”。</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and press Review again.</source>
        <translation>磁盘已满。请释放一些空间，然后再次点击“检查”。</translation>
    </message>
    <message>
        <source>{cause}. Press Generate again once the history can be written to.</source>
        <translation>{cause}。等历史可以写入后，请再次点击“生成”。</translation>
    </message>
    <message>
        <source>{cause}. Press Review again once the history can be written to.</source>
        <translation>{cause}。等历史可以写入后，请再次点击“检查”。</translation>
    </message>
    <message>
        <source>{cause}. Press Generate again once that is fixed.</source>
        <translation>{cause}。问题解决后，请再次点击“生成”。</translation>
    </message>
    <message>
        <source>{cause}. Press Review again once that is fixed.</source>
        <translation>{cause}。问题解决后，请再次点击“检查”。</translation>
    </message>
    <message>
        <source>something unexpected went wrong (the details are in the log). Press Generate again.</source>
        <translation>发生了意外问题（详情见日志）。请再次点击“生成”。</translation>
    </message>
    <message>
        <source>something unexpected went wrong (the details are in the log). Press Review again.</source>
        <translation>发生了意外问题（详情见日志）。请再次点击“检查”。</translation>
    </message>
    <message>
        <source>a copy of your picture could not be kept ({cause})</source>
        <translation>无法保留你的图片副本（{cause}）</translation>
    </message>
    <message>
        <source>Your video “{prompt}” was not sent: {reason}</source>
        <translation>你的视频“{prompt}”未发送：{reason}</translation>
    </message>
    <message>
        <source>Your video was not sent: {reason}</source>
        <translation>你的视频未发送：{reason}</translation>
    </message>
    <message>
        <source>the demo server could not be started. Press Generate to try again.</source>
        <translation>无法启动演示服务器。请点击“生成”重试。</translation>
    </message>
    <message>
        <source>the demo server could not be started. Press Review to try again.</source>
        <translation>无法启动演示服务器。请点击“检查”重试。</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notify me when a video is ready or fails while I am elsewhere</source>
        <translation>我不在此窗口时，视频完成或失败就通知我</translation>
    </message>
    <message>
        <source>Play a sound when a video is done</source>
        <translation>视频完成时播放提示音</translation>
    </message>
    <message>
        <source>Show the number of videos in progress in the title and taskbar</source>
        <translation>在标题栏和任务栏显示进行中的视频数量</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>The list of your videos could not be read.</source>
        <translation>无法读取你的视频列表。</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>&lt;b&gt;Your videos&lt;/b&gt;</source>
        <translation>&lt;b&gt;你的视频&lt;/b&gt;</translation>
    </message>
    <message>
        <source>About the selected task</source>
        <translation>关于所选任务</translation>
    </message>
</context>
<context>
    <name>Patience</name>
    <message>
        <source>Cannot reach PoYo right now. The app keeps trying; nothing is lost.</source>
        <translation>目前无法连接 PoYo。本应用会继续尝试；不会丢失任何内容。</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers are having trouble right now. The app keeps trying.</source>
        <translation>PoYo 的服务器目前出现问题。本应用会继续尝试。</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests. The app waits and keeps trying.</source>
        <translation>PoYo 收到的请求过多。本应用会等待并继续尝试。</translation>
    </message>
    <message>
        <source>PoYo sent an answer the app could not understand. The app keeps trying.</source>
        <translation>PoYo 发来了本应用无法理解的回复。本应用会继续尝试。</translation>
    </message>
    <message>
        <source>PoYo could not be reached for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>{minutes} 分钟内一直无法连接 PoYo，因此此视频没有发送，也没有收费。请点击“重试”再试一次。</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers had trouble for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo 的服务器在 {minutes} 分钟内一直有问题，因此此视频没有发送，也没有收费。请点击“重试”再试一次。</translation>
    </message>
    <message>
        <source>PoYo was too busy for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo 在 {minutes} 分钟内一直过于繁忙，因此此视频没有发送，也没有收费。请点击“重试”再试一次。</translation>
    </message>
    <message>
        <source>PoYo&apos;s answers could not be understood for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo 的回复在 {minutes} 分钟内一直无法理解，因此此视频没有发送，也没有收费。请点击“重试”再试一次。</translation>
    </message>
    <message>
        <source>{reason} for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>{reason}（持续 {minutes} 分钟），因此此视频没有发送，也没有收费。请点击“重试”再试一次。</translation>
    </message>
</context>
<context>
    <name>PictureFix</name>
    <message>
        <source>{subject} could not be saved after fixing: {reason}.</source>
        <translation>{subject}修正后无法保存：{reason}。</translation>
    </message>
    <message>
        <source>{subject} could not be saved after fixing: a disk error.</source>
        <translation>{subject}修正后无法保存：磁盘错误。</translation>
    </message>
</context>
<context>
    <name>PictureSlots</name>
    <message>
        <source>Start image</source>
        <translation>起始图片</translation>
    </message>
    <message>
        <source>required: the first frame</source>
        <translation>必填：第一帧</translation>
    </message>
    <message>
        <source>The start image</source>
        <translation>起始图片</translation>
    </message>
    <message>
        <source>End image</source>
        <translation>结束图片</translation>
    </message>
    <message>
        <source>optional: the last frame</source>
        <translation>可选：最后一帧</translation>
    </message>
    <message>
        <source>The end image</source>
        <translation>结束图片</translation>
    </message>
    <message>
        <source>One photo makes one video. Drop several photos, or a folder, to make a batch.</source>
        <translation>一张照片生成一个视频。拖入多张照片或一个文件夹即可批量生成。</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The app stopped while sending this task, so it may or may not have been created.</source>
        <extracomment>The steps of a job&apos;s journey (uploads and their picture checks, status checks, downloads and their MP4 checks): loaded on a worker thread when the first job runs, not at start-up, so a window that sends nothing does not hold them.</extracomment>
        <translation>本应用在发送此任务时停止了，因此它可能已创建，也可能没有。</translation>
    </message>
    <message>
        <source>Your task history could not be updated either ({reason}).</source>
        <translation>你的任务历史也无法更新（{reason}）。</translation>
    </message>
    <message>
        <source>This task was accepted, but your task history could not be updated ({reason}). Press Retry to follow it: it will not be bought again.</source>
        <translation>此任务已被接受，但无法更新你的任务历史（{reason}）。请点击“重试”继续跟进：不会再次购买。</translation>
    </message>
    <message>
        <source>Could not save this task to your history ({reason}), so it was stopped before anything was charged.</source>
        <translation>无法将此任务保存到你的历史（{reason}），因此它在收费前就已停止。</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>视频中的位置</translation>
    </message>
    <message>
        <source>Drag or click to jump within the video</source>
        <translation>拖动或点击以在视频中跳转</translation>
    </message>
    <message>
        <source>Loop: play the video again and again</source>
        <translation>循环：反复播放视频</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>One frame back (,)</source>
        <translation>后退一帧（,）</translation>
    </message>
    <message>
        <source>One frame forward (.)</source>
        <translation>前进一帧（.）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action}（空格）</translation>
    </message>
    <message>
        <source>The frame on screen: {frame}; the video is {total} long</source>
        <translation>屏幕上的帧：{frame}；视频时长 {total}</translation>
    </message>
    <message>
        <source>Sound is off — click to turn it on</source>
        <translation>声音已关闭 — 点击打开</translation>
    </message>
    <message>
        <source>Sound is on — click to turn it off</source>
        <translation>声音已打开 — 点击关闭</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>{time} · frame {index}</source>
        <translation>{time} · 第 {index} 帧</translation>
    </message>
    <message>
        <source>frame {index}</source>
        <translation>第 {index} 帧</translation>
    </message>
</context>
<context>
    <name>PollStep</name>
    <message>
        <source>The demo server was restarted, so this simulated video was lost.</source>
        <translation>演示服务器已重启，因此这个模拟视频丢失了。</translation>
    </message>
    <message>
        <source>PoYo no longer knows this task: it answered “not found” every time for 1 minute. PoYo may have removed it, or it belongs to another PoYo account (if you changed your API key). Press Retry to make the video again as a new task: it is charged again.</source>
        <translation>PoYo 已不再认识此任务：1 分钟内每次都回答“未找到”。PoYo 可能已将其删除，或者它属于另一个 PoYo 账户（如果你更换过 API 密钥）。请点击“重试”，将视频作为新任务重新生成：会再次收费。</translation>
    </message>
    <message>
        <source>PoYo no longer knows this task: it answered “not found” every time for {minutes} minutes. PoYo may have removed it, or it belongs to another PoYo account (if you changed your API key). Press Retry to make the video again as a new task: it is charged again.</source>
        <translation>PoYo 已不再认识此任务：{minutes} 分钟内每次都回答“未找到”。PoYo 可能已将其删除，或者它属于另一个 PoYo 账户（如果你更换过 API 密钥）。请点击“重试”，将视频作为新任务重新生成：会再次收费。</translation>
    </message>
    <message>
        <source>No good answer from PoYo for {minutes} minutes. Still trying. ({reason})</source>
        <translation>{minutes} 分钟内没有收到 PoYo 的有效回复。仍在尝试。（{reason}）</translation>
    </message>
    <message>
        <source>PoYo could not make this video (no reason was given).</source>
        <translation>PoYo 无法生成此视频（未给出原因）。</translation>
    </message>
    <message>
        <source>{reason} Press Retry to ask PoYo about this task again: a new one is made (and charged) only if this one failed.</source>
        <translation>{reason}请点击“重试”再次向 PoYo 询问此任务：只有在它失败时才会新建一个（并收费）。</translation>
    </message>
</context>
<context>
    <name>PresetFile</name>
    <message>
        <source>The file is too big for a presets file ({size}; at most {most}).</source>
        <translation>文件太大，不像预设文件（{size}；最多 {most}）。</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <source>The file is damaged, or it is not a presets file: it is not whole JSON text.</source>
        <translation>文件已损坏，或不是预设文件：它不是完整的 JSON 文本。</translation>
    </message>
    <message>
        <source>The file is not a presets file of PoYo Desktop.</source>
        <translation>该文件不是 PoYo Desktop 的预设文件。</translation>
    </message>
    <message>
        <source>The file is damaged: it does not say its version.</source>
        <translation>文件已损坏：没有注明版本。</translation>
    </message>
    <message>
        <source>The file was made by a newer PoYo Desktop (presets file version {version}): update the app to import it.</source>
        <translation>该文件由更新版本的 PoYo Desktop 生成（预设文件版本 {version}）：请更新应用后再导入。</translation>
    </message>
    <message>
        <source>The file holds no presets.</source>
        <translation>文件中没有预设。</translation>
    </message>
    <message>
        <source>The file holds {count} presets; at most {most}.</source>
        <translation>文件中有 {count} 个预设；最多 {most} 个。</translation>
    </message>
    <message>
        <source>Preset number {number} of the file is damaged: it has no name.</source>
        <translation>文件中的第 {number} 个预设已损坏：它没有名称。</translation>
    </message>
    <message>
        <source>{what} cannot be used: {problem}</source>
        <translation>{what}无法使用：{problem}</translation>
    </message>
    <message>
        <source>{what} is damaged: it holds no settings.</source>
        <translation>{what}已损坏：其中没有设置。</translation>
    </message>
    <message>
        <source>The preset “{name}”</source>
        <translation>预设“{name}”</translation>
    </message>
    <message>
        <source>Preset number {number}</source>
        <translation>第 {number} 个预设</translation>
    </message>
    <message>
        <source>The start image of the preset “{name}”</source>
        <translation>预设“{name}”的起始图片</translation>
    </message>
    <message>
        <source>The end image of the preset “{name}”</source>
        <translation>预设“{name}”的结束图片</translation>
    </message>
    <message>
        <source>The start image of preset number {number}</source>
        <translation>第 {number} 个预设的起始图片</translation>
    </message>
    <message>
        <source>The end image of preset number {number}</source>
        <translation>第 {number} 个预设的结束图片</translation>
    </message>
    <message>
        <source>{what} is for a model this app does not know (“{model}”).</source>
        <translation>{what}使用的模型本应用不认识（“{model}”）。</translation>
    </message>
    <message>
        <source>{what} asks for a length this app does not offer (“{length}”).</source>
        <translation>{what}要求的时长本应用不提供（“{length}”）。</translation>
    </message>
    <message>
        <source>{what} is damaged: its prompt is not text.</source>
        <translation>{what}已损坏：其提示词不是文本。</translation>
    </message>
    <message>
        <source>{what} is damaged: its negative prompt is not text.</source>
        <translation>{what}已损坏：其反向提示词不是文本。</translation>
    </message>
    <message>
        <source>{what} has a prompt of {count} characters; PoYo takes at most {most}.</source>
        <translation>{what}的提示词有 {count} 个字符；PoYo 最多接受 {most} 个。</translation>
    </message>
    <message>
        <source>{what} has a negative prompt of {count} characters; PoYo takes at most {most}.</source>
        <translation>{what}的反向提示词有 {count} 个字符；PoYo 最多接受 {most} 个。</translation>
    </message>
    <message>
        <source>{subject} is damaged: it holds no picture.</source>
        <translation>{subject}已损坏：其中没有图片。</translation>
    </message>
    <message>
        <source>{subject} is too big (at most {most}).</source>
        <translation>{subject}太大（最多 {most}）。</translation>
    </message>
    <message>
        <source>{subject} is damaged: it could not be read.</source>
        <translation>{subject}已损坏：无法读取。</translation>
    </message>
    <message>
        <source>{subject} is not a picture.</source>
        <translation>{subject}不是图片。</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>请给预设起个名称。</translation>
    </message>
    <message>
        <source>A preset&apos;s name has at most {most} characters.</source>
        <translation>预设名称最多 {most} 个字符。</translation>
    </message>
</context>
<context>
    <name>PresetTransfer</name>
    <message>
        <source>Export Presets</source>
        <translation>导出预设</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>导入预设</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>预设 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>PoYo presets.json</source>
        <translation>PoYo 预设.json</translation>
    </message>
    <message>
        <source>The presets could not be exported</source>
        <translation>无法导出预设</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n preset(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 个预设保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pictures are inside the file.</source>
        <translation>它们的图片也在文件中。</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>没有导入任何内容。{reason}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>没有导入任何内容</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Nothing new: {names} is saved here already.</source>
        <translation>没有新内容：{names} 已保存在这里。</translation>
    </message>
    <message>
        <source>Nothing new: {names} are saved here already.</source>
        <translation>没有新内容：{names} 已保存在这里。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s): {names}.</source>
        <translation>
            <numerusform>已导入 %n 个预设：{names}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved here already: {names}.</source>
        <translation>已保存在这里：{names}。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>A preset called “{name}” is saved already.</source>
        <translation>已有名为“{name}”的预设。</translation>
    </message>
</context>
<context>
    <name>PresetsButton</name>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Save the form as a preset, or fill it from one</source>
        <translation>把表单保存为预设，或用预设填写表单</translation>
    </message>
</context>
<context>
    <name>PresetsForm</name>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>“{prompt}”</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>无提示词</translation>
    </message>
    <message>
        <source>a negative prompt</source>
        <translation>有反向提示词</translation>
    </message>
</context>
<context>
    <name>PresetsManage</name>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Saved presets</source>
        <translation>已保存的预设</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>To fill the form from a preset, pick it in the Presets menu.</source>
        <translation>要用预设填写表单，请在“预设”菜单中选择它。</translation>
    </message>
    <message>
        <source>“{name}” could not be renamed</source>
        <translation>无法重命名“{name}”</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? The form and your videos stay as they are.</source>
        <translation>删除预设“{name}”？表单和你的视频保持不变。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>“{name}” could not be deleted</source>
        <translation>无法删除“{name}”</translation>
    </message>
</context>
<context>
    <name>PresetsMenu</name>
    <message>
        <source>Save as Preset…</source>
        <translation>保存为预设…</translation>
    </message>
    <message>
        <source>Manage Presets…</source>
        <translation>管理预设…</translation>
    </message>
    <message>
        <source>Export Presets…</source>
        <translation>导出预设…</translation>
    </message>
    <message>
        <source>Import Presets…</source>
        <translation>导入预设…</translation>
    </message>
    <message>
        <source>Reading presets…</source>
        <translation>正在读取预设…</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>还没有预设</translation>
    </message>
    <message>
        <source>The presets could not be read</source>
        <translation>无法读取预设</translation>
    </message>
    <message>
        <source>Keep the form as it is now, by a name</source>
        <translation>按名称保存表单的当前状态</translation>
    </message>
    <message>
        <source>The preset “{name}” could not be saved</source>
        <translation>无法保存预设“{name}”</translation>
    </message>
</context>
<context>
    <name>PresetsSaveDialog</name>
    <message>
        <source>Save as Preset</source>
        <translation>保存为预设</translation>
    </message>
    <message>
        <source>Keep the pictures with it</source>
        <translation>同时保存图片</translation>
    </message>
    <message>
        <source>Keep the form as it is now, to fill it again from the Presets menu.</source>
        <translation>保存表单的当前状态，以后可从“预设”菜单再次填写。</translation>
    </message>
    <message>
        <source>What is saved</source>
        <translation>保存的内容</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>预设名称</translation>
    </message>
    <message>
        <source>e.g. Slow pan over the sea</source>
        <translation>例如：海面上的慢速平移</translation>
    </message>
    <message>
        <source>About the name</source>
        <translation>关于名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <source>The form has no start or end image to keep.</source>
        <translation>表单中没有可保存的起始或结束图片。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} 和 {second}</translation>
    </message>
    <message>
        <source>A copy of {names} goes with the preset: it works after the originals move.</source>
        <translation>{names} 的副本随预设保存：即使原文件移动也能使用。</translation>
    </message>
    <message>
        <source>Copies of {names} go with the preset: it works after the originals move.</source>
        <translation>{names} 的副本随预设保存：即使原文件移动也能使用。</translation>
    </message>
    <message>
        <source>The preset leaves the form&apos;s pictures as they are.</source>
        <translation>预设不保存表单中的图片。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>A preset called “{name}” is saved already: saving replaces it.</source>
        <translation>已有名为“{name}”的预设：保存会替换它。</translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln 积分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Free in demo mode (%Ln credit(s) with a key)</source>
        <translation>
            <numerusform>演示模式下免费（使用密钥需 %Ln 积分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: {price}</source>
        <translation>费用：{price}</translation>
    </message>
    <message numerus="yes">
        <source>Free · %Ln with a key</source>
        <translation>
            <numerusform>免费 · 使用密钥需 %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemMessages</name>
    <message>
        <source>Only Pro can end on a chosen image.</source>
        <translation>只有 Pro 可以以指定图片结束。</translation>
    </message>
    <message>
        <source>This picture stays here but will not be sent with Standard.</source>
        <translation>此图片保留在这里，但使用 Standard 时不会发送。</translation>
    </message>
    <message>
        <source>Checking {picture}…</source>
        <extracomment>Problems are shown in the order the fields appear on screen.</extracomment>
        <translation>正在检查{picture}…</translation>
    </message>
</context>
<context>
    <name>PromptFields</name>
    <message>
        <source>Negative prompt (optional)</source>
        <translation>反向提示词（可选）</translation>
    </message>
    <message>
        <source>Describe what should happen, e.g. “The waves roll in slowly while the camera drifts to the right.”</source>
        <translation>描述应该发生什么，例如“海浪缓缓涌来，镜头慢慢向右移动。”</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>What should happen in the video.</source>
        <translation>视频中应该发生什么。</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>提示词长度</translation>
    </message>
    <message>
        <source>Things the video should avoid</source>
        <translation>视频中要避免的内容</translation>
    </message>
    <message>
        <source>Things to avoid, e.g. blur, distorted faces, text</source>
        <translation>要避免的内容，例如：模糊、变形的脸、文字</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source> · in use</source>
        <translation> · 使用中</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>This task could not be paused, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>无法暂停此任务，因为无法保存你的任务历史（{reason}）。它没有被发送，也没有收费。</translation>
    </message>
    <message>
        <source>This task could not be resumed, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>无法继续此任务，因为无法保存你的任务历史（{reason}）。它没有被发送，也没有收费。</translation>
    </message>
    <message>
        <source>This task could not be cancelled, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>无法取消此任务，因为无法保存你的任务历史（{reason}）。它没有被发送，也没有收费。</translation>
    </message>
    <message>
        <source>This task could not be put back in line, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>无法将此任务放回队列，因为无法保存你的任务历史（{reason}）。它没有被发送，也没有收费。</translation>
    </message>
    <message>
        <source>This task could not be moved, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>无法移动此任务，因为无法保存你的任务历史（{reason}）。它没有被发送，也没有收费。</translation>
    </message>
</context>
<context>
    <name>QueueEdits</name>
    <message>
        <source>This video is no longer in the list, so nothing was changed.</source>
        <translation>此视频已不在列表中，因此没有做任何更改。</translation>
    </message>
    <message>
        <source>This model is not offered.</source>
        <translation>不提供此模型。</translation>
    </message>
    <message>
        <source>This video was sent to the demo server while you were editing it, so it can no longer change. Nothing was changed.</source>
        <translation>你编辑时此视频已发送到演示服务器，因此无法再更改。没有做任何更改。</translation>
    </message>
    <message>
        <source>This video was sent to PoYo while you were editing it, so it is paid and can no longer change. Nothing was changed.</source>
        <translation>你编辑时此视频已发送给 PoYo，因此已付费且无法再更改。没有做任何更改。</translation>
    </message>
    <message>
        <source>This video was cancelled, so nothing was changed: Send After All puts it back.</source>
        <translation>此视频已取消，因此没有做任何更改：“仍然发送”可以把它放回去。</translation>
    </message>
    <message>
        <source>This video is being sent now (its pictures are uploading), so it was not changed. Pause it first if you want to edit it.</source>
        <translation>此视频正在发送（图片正在上传），因此没有更改。如需编辑，请先暂停。</translation>
    </message>
    <message>
        <source>This video is being changed already.</source>
        <translation>此视频已在更改中。</translation>
    </message>
    <message>
        <source>This video could not be changed, because your task history could not be saved ({reason}). It is as it was.</source>
        <translation>无法更改此视频，因为无法保存你的任务历史（{reason}）。它保持原样。</translation>
    </message>
</context>
<context>
    <name>QueueMenu</name>
    <message numerus="yes">
        <source>{what}: {done} of %Ln selected task(s) ({left} not waiting to be sent).</source>
        <translation>
            <numerusform>{what}：所选 %Ln 个任务中的 {done} 个（{left} 个不在等待发送）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending paused — new videos wait until you resume</source>
        <translation>已暂停发送 — 新视频会等到你继续</translation>
    </message>
    <message numerus="yes">
        <source>Sending paused — %Ln waiting, nothing of them paid yet</source>
        <translation>
            <numerusform>已暂停发送 — %Ln 个在等待，都尚未付费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting ({held} paused) · not paid yet</source>
        <translation>
            <numerusform>%Ln 个等待中（{held} 个已暂停）· 尚未付费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting · not paid yet</source>
        <translation>
            <numerusform>%Ln 个等待中 · 尚未付费</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>{name} (copy {copy} of {copies})</source>
        <translation>{name}（第 {copy} 份，共 {copies} 份）</translation>
    </message>
    <message>
        <source>Review the batch</source>
        <extracomment>The person confirmed: record and send every video. Emitted once.</extracomment>
        <translation>检查批量</translation>
    </message>
    <message>
        <source>Videos to make</source>
        <translation>要生成的视频</translation>
    </message>
    <message>
        <source>Spending limit</source>
        <translation>花费上限</translation>
    </message>
    <message>
        <source>Balance warning</source>
        <translation>余额警告</translation>
    </message>
    <message>
        <source>Not sent ({count}):</source>
        <translation>未发送（{count}）：</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Each video</source>
        <translation>每个视频</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>之后的余额</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}：</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message numerus="yes">
        <source>{model} · %n second(s) each</source>
        <translation>
            <numerusform>{model} · 每个 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source> · ending on the same end image</source>
        <translation> · 都以同一张结束图片结束</translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s)?</source>
        <translation>
            <numerusform>生成 %n 个视频？</numerusform>
        </translation>
    </message>
    <message>
        <source>not touched: demo videos are free</source>
        <translation>不变：演示视频免费</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>价格未知</translation>
    </message>
    <message>
        <source>free in demo mode ({credits} with a key)</source>
        <translation>演示模式下免费（使用密钥需 {credits}）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Balance unknown: it could not be read just now.</source>
        <translation>余额未知：暂时无法读取。</translation>
    </message>
    <message>
        <source>{short} short (you have {balance})</source>
        <translation>还差 {short}（你有 {balance}）</translation>
    </message>
    <message>
        <source>{left} left of {balance}</source>
        <translation>{balance} 中剩余 {left}</translation>
    </message>
    <message numerus="yes">
        <source>Your balance pays for {paid} of these %n videos. PoYo will refuse the rest (nothing is charged for those): top up on poyo.ai first, or make fewer.</source>
        <translation>
            <numerusform>你的余额只够这 %n 个视频中的 {paid} 个。PoYo 会拒绝其余的（不会收费）：请先在 poyo.ai 充值，或少生成一些。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s) (free)</source>
        <translation>
            <numerusform>生成 %n 个视频（免费）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s)</source>
        <translation>
            <numerusform>生成 %n 个视频</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s) — {credits}</source>
        <translation>
            <numerusform>生成 %n 个视频 — {credits}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Choose a model: Standard or Pro.</source>
        <translation>请选择模型：Standard 或 Pro。</translation>
    </message>
    <message>
        <source>Write a prompt: describe what should happen.</source>
        <translation>请写提示词：描述应该发生什么。</translation>
    </message>
    <message>
        <source>The prompt is {length} characters; PoYo accepts at most {limit}.</source>
        <translation>提示词有 {length} 个字符；PoYo 最多接受 {limit} 个。</translation>
    </message>
    <message>
        <source>Kling may ignore text beyond {limit} characters (this prompt has {length}).</source>
        <translation>Kling 可能会忽略超过 {limit} 个字符的内容（此提示词有 {length} 个）。</translation>
    </message>
    <message>
        <source>The negative prompt is {length} characters; PoYo accepts at most {limit}.</source>
        <translation>反向提示词有 {length} 个字符；PoYo 最多接受 {limit} 个。</translation>
    </message>
    <message>
        <source>Choose a length of 5 or 10 seconds.</source>
        <translation>请选择 5 秒或 10 秒的时长。</translation>
    </message>
    <message>
        <source>Add a start image: the first frame of the video.</source>
        <translation>请添加起始图片：视频的第一帧。</translation>
    </message>
    <message>
        <source>Only Kling 2.1 Pro takes an end image.</source>
        <translation>只有 Kling 2.1 Pro 支持结束图片。</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Could not save your API key in the system keychain: it did not accept it (it may be locked, or its unlock prompt was closed). Nothing was saved.</source>
        <translation>无法将你的 API 密钥保存到系统钥匙串：它没有接受（可能已锁定，或解锁提示被关闭了）。没有保存任何内容。</translation>
    </message>
    <message>
        <source>Your API key was saved in the system keychain, but an older key in {file} could not be removed ({reason}), and it would be used instead. Remove that file, then save again.</source>
        <translation>你的 API 密钥已保存到系统钥匙串，但无法删除 {file} 中较旧的密钥（{reason}），而它会被优先使用。请删除该文件，然后重新保存。</translation>
    </message>
    <message>
        <source>Could not remove your API key from the system keychain: it did not allow it (it may be locked, or its unlock prompt was closed). Nothing was changed.</source>
        <translation>无法从系统钥匙串中删除你的 API 密钥：它不允许（可能已锁定，或解锁提示被关闭了）。没有做任何更改。</translation>
    </message>
    <message>
        <source>Could not remove your API key from {file}: {reason}.</source>
        <translation>无法从 {file} 中删除你的 API 密钥：{reason}。</translation>
    </message>
    <message>
        <source>Could not save your API key: {reason}.</source>
        <translation>无法保存你的 API 密钥：{reason}。</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>The start image</source>
        <translation>起始图片</translation>
    </message>
    <message>
        <source>The end image</source>
        <translation>结束图片</translation>
    </message>
    <message>
        <source>The start image is missing.</source>
        <translation>缺少起始图片。</translation>
    </message>
    <message>
        <source>The end image is missing.</source>
        <translation>缺少结束图片。</translation>
    </message>
    <message>
        <source>The start image could not be read: {reason}.</source>
        <translation>无法读取起始图片：{reason}。</translation>
    </message>
    <message>
        <source>The end image could not be read: {reason}.</source>
        <translation>无法读取结束图片：{reason}。</translation>
    </message>
    <message>
        <source>Uploading the start image failed. {words}</source>
        <translation>上传起始图片失败。{words}</translation>
    </message>
    <message>
        <source>Uploading the end image failed. {words}</source>
        <translation>上传结束图片失败。{words}</translation>
    </message>
    <message>
        <source>The app was closed while sending this task, so it may or may not have been created.</source>
        <translation>发送此任务时本应用被关闭了，因此它可能已创建，也可能没有。</translation>
    </message>
    <message>
        <source>Not sent: today&apos;s spending could not be checked ({reason}). Nothing was charged; try again once that is fixed.</source>
        <translation>未发送：无法检查今天的花费（{reason}）。没有收费；问题解决后请再试一次。</translation>
    </message>
</context>
<context>
    <name>SendingPause</name>
    <message>
        <source>Sending is paused, but this could not be kept for the next start, because your task history could not be saved ({reason}).</source>
        <translation>发送已暂停，但无法保留到下次启动，因为无法保存你的任务历史（{reason}）。</translation>
    </message>
    <message>
        <source>Sending is resumed, but this could not be kept for the next start, because your task history could not be saved ({reason}).</source>
        <translation>发送已继续，但无法保留到下次启动，因为无法保存你的任务历史（{reason}）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a folder for your videos.</source>
        <translation>请为你的视频选择一个文件夹。</translation>
    </message>
    <message>
        <source>That path is a file, not a folder.</source>
        <translation>该路径是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>You do not have permission to save files in that folder.</source>
        <translation>你没有在该文件夹中保存文件的权限。</translation>
    </message>
    <message>
        <source>Check every {low} to {high} seconds.</source>
        <translation>请设置为每 {low} 到 {high} 秒检查一次。</translation>
    </message>
    <message>
        <source>Choose {low} to {high} tasks.</source>
        <translation>请选择 {low} 到 {high} 个任务。</translation>
    </message>
    <message>
        <source>A callback address must start with https://.</source>
        <translation>回调地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>The amount to ask about must be {low} to {high} credits.</source>
        <translation>询问金额必须在 {low} 到 {high} 积分之间。</translation>
    </message>
    <message>
        <source>The daily limit must be {low} to {high} credits.</source>
        <translation>每日上限必须在 {low} 到 {high} 积分之间。</translation>
    </message>
    <message>
        <source>The limit for this session must be {low} to {high} credits.</source>
        <translation>本次会话上限必须在 {low} 到 {high} 积分之间。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Your saved API key could not be read</source>
        <translation>无法读取已保存的 API 密钥</translation>
    </message>
    <message>
        <source>Save videos in</source>
        <translation>视频保存位置</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Could not save your API key</source>
        <translation>无法保存你的 API 密钥</translation>
    </message>
    <message>
        <source>Your API key was removed.</source>
        <translation>你的 API 密钥已移除。</translation>
    </message>
    <message>
        <source>Switching to demo mode</source>
        <translation>正在切换到演示模式</translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation>正在切换…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>{problem} Your key is still in the box above: press Save to try again.</source>
        <translation>{problem} 你的密钥仍在上面的输入框中：按“保存”再试一次。</translation>
    </message>
    <message>
        <source>Your API key was removed, but the demo server could not be started: {error}. It is tried again when you make a video.</source>
        <translation>你的 API 密钥已移除，但演示服务器无法启动：{error}。生成视频时会再试一次。</translation>
    </message>
    <message>
        <source>Switching to demo mode: starting the demo server… New videos wait until it runs; nothing goes to PoYo.</source>
        <translation>正在切换到演示模式：正在启动演示服务器… 新视频会等到它运行；不会发送任何内容给 PoYo。</translation>
    </message>
    <message>
        <source>Could not save your API key: something unexpected went wrong.</source>
        <translation>无法保存你的 API 密钥：发生了意外错误。</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Paste your PoYo API key</source>
        <translation>粘贴你的 PoYo API 密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Checking where your key is kept…</source>
        <translation>正在检查密钥的保存位置…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>No key yet? Create one on &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt;. Without a key the app runs in demo mode.</source>
        <translation>还没有密钥？在 &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt; 上创建一个。没有密钥时，本应用以演示模式运行。</translation>
    </message>
    <message>
        <source>Your PoYo API key:</source>
        <translation>你的 PoYo API 密钥：</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Status check interval</source>
        <translation>状态检查间隔</translation>
    </message>
    <message>
        <source>Videos in progress at once</source>
        <translation>同时进行的视频数</translation>
    </message>
    <message>
        <source>Save videos in:</source>
        <translation>视频保存位置：</translation>
    </message>
    <message>
        <source>Check progress every:</source>
        <translation>检查进度间隔：</translation>
    </message>
    <message>
        <source>Videos in progress at once:</source>
        <translation>同时进行的视频数：</translation>
    </message>
    <message>
        <source>More than this wait their turn in the list; none is paid before it is sent.</source>
        <translation>超出的视频在列表中排队；发送之前都不会付费。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Optional: https://… (most people leave this empty)</source>
        <translation>可选：https://…（大多数人留空）</translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>Tell me when a new version is out</source>
        <translation>有新版本时告诉我</translation>
    </message>
    <message>
        <source>Keep the place and camera details in photos I send</source>
        <translation>保留我发送的照片中的地点和相机信息</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Callback address:</source>
        <translation>回调地址：</translation>
    </message>
    <message>
        <source>Most people never change these.</source>
        <translation>大多数人从不更改这些。</translation>
    </message>
    <message>
        <source>When this is off, where a photo was taken and the camera&apos;s make, model and serial number are removed before the photo is uploaded.</source>
        <translation>关闭时，照片上传前会删除拍摄地点以及相机的品牌、型号和序列号。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies when you start the app again.</source>
        <translation>新语言在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Once a week, with a link to what is new. Nothing is downloaded by itself.</source>
        <translation>每周一次，附带更新内容的链接。不会自动下载任何东西。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Videos</source>
        <translation>视频(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;pending</source>
        <translation>花费(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>高级(&amp;D)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>On a picture box</source>
        <translation>在图片框中</translation>
    </message>
    <message>
        <source>Paste a copied picture</source>
        <translation>粘贴复制的图片</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>In Your videos</source>
        <translation>在“你的视频”中</translation>
    </message>
    <message>
        <source>Play the selected video</source>
        <translation>播放所选视频</translation>
    </message>
    <message>
        <source>Hold its video a frame back or forward</source>
        <translation>让其视频后退或前进一帧</translation>
    </message>
    <message>
        <source>Remove it from the list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Open its menu</source>
        <translation>打开它的菜单</translation>
    </message>
    <message>
        <source>In the preview</source>
        <translation>在预览中</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>A second back or forward</source>
        <translation>后退或前进一秒</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>后退一帧</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>前进一帧</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>下一个或上一个字段</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>关闭对话框</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>SlotCommands</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>粘贴图片</translation>
    </message>
    <message>
        <source>Crop or fix…</source>
        <translation>裁剪或修正…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>复制消息</translation>
    </message>
</context>
<context>
    <name>SlotFixing</name>
    <message>
        <source>Fix this picture…</source>
        <translation>修正此图片…</translation>
    </message>
    <message>
        <source>Crop to match the start image…</source>
        <translation>裁剪以匹配起始图片…</translation>
    </message>
</context>
<context>
    <name>SlotLook</name>
    <message>
        <source>{picture} preview</source>
        <translation>{picture}预览</translation>
    </message>
</context>
<context>
    <name>SlotView</name>
    <message>
        <source>No picture yet. Drop a photo here, press Ctrl+V to paste, or Space to browse.</source>
        <translation>还没有图片。把照片拖到这里、按 Ctrl+V 粘贴，或按空格键浏览。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Remove the {picture}</source>
        <translation>移除{picture}</translation>
    </message>
    <message>
        <source>Remove {picture}</source>
        <translation>移除{picture}</translation>
    </message>
    <message>
        <source>Drop a photo here, or Browse… / Paste</source>
        <translation>把照片拖到这里，或 浏览… / 粘贴</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for the {picture}</source>
        <translation>浏览{picture}</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, WebP or GIF file</source>
        <translation>选择 JPEG、PNG、WebP 或 GIF 文件</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste the {picture}</source>
        <translation>粘贴{picture}</translation>
    </message>
    <message>
        <source>Use the picture or image file you copied (Ctrl+V)</source>
        <translation>使用你复制的图片或图片文件（Ctrl+V）</translation>
    </message>
</context>
<context>
    <name>SpendingPhrases</name>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>未生成</translation>
    </message>
    <message>
        <source>amount to ask about</source>
        <translation>询问金额</translation>
    </message>
    <message>
        <source>daily limit</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>limit for this session</source>
        <translation>本次会话上限</translation>
    </message>
    <message numerus="yes">
        <source>Make this %n-second Pro video for {price}?</source>
        <translation>
            <numerusform>以 {price} 生成这个 %n 秒的 Pro 视频？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make this %n-second Standard video for {price}?</source>
        <translation>
            <numerusform>以 {price} 生成这个 %n 秒的 Standard 视频？</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the {what} in credits, for example 1000.</source>
        <translation>请以积分输入{what}，例如 1000。</translation>
    </message>
    <message>
        <source>The {what} must be a whole number of credits, for example 1000 (not “{text}”).</source>
        <translation>{what}必须是整数积分，例如 1000（不是“{text}”）。</translation>
    </message>
    <message>
        <source>The {what} must be {low} to {high} credits.</source>
        <translation>{what}必须在 {low} 到 {high} 积分之间。</translation>
    </message>
    <message>
        <source>Your {limit}-credit daily limit stops this batch</source>
        <translation>你 {limit} 积分的每日上限会拦住这一批</translation>
    </message>
    <message>
        <source>Your {limit}-credit limit for this session stops this batch</source>
        <translation>你 {limit} 积分的本次会话上限会拦住这一批</translation>
    </message>
    <message numerus="yes">
        <source>{stops} before its first video: all %n will wait and ask you first.</source>
        <translation>
            <numerusform>{stops}，在第一个视频之前：全部 %n 个都会等待，并先询问你。</numerusform>
        </translation>
    </message>
    <message>
        <source>{stops} at its last video: that one will wait and ask you first.</source>
        <translation>{stops}，在最后一个视频：它会等待，并先询问你。</translation>
    </message>
    <message numerus="yes">
        <source>{stops} at video {next}: {fits} fit, the other %n will wait and ask you first.</source>
        <translation>
            <numerusform>{stops}，在第 {next} 个视频：{fits} 个在上限内，其余 %n 个会等待，并先询问你。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingSettings</name>
    <message>
        <source>Ask me before any single video over</source>
        <translation>单个视频超过此值时先问我</translation>
    </message>
    <message>
        <source>Daily limit:</source>
        <translation>每日上限：</translation>
    </message>
    <message>
        <source>Limit for this session:</source>
        <translation>本次会话上限：</translation>
    </message>
    <message>
        <source>Ask before a video over (credits)</source>
        <translation>视频超过此值时先问（积分）</translation>
    </message>
    <message>
        <source>Daily limit (credits)</source>
        <translation>每日上限（积分）</translation>
    </message>
    <message>
        <source>Limit for this session (credits)</source>
        <translation>本次会话上限（积分）</translation>
    </message>
    <message>
        <source>A video that would go over a limit waits, and you are asked. A session lasts from when you start the app until you quit it. Demo videos never count. File › Spending… shows what you spent.</source>
        <translation>会超出上限的视频会等待，并询问你。一次会话从启动应用到退出应用。演示视频从不计入。文件 › 花费… 显示你的花费。</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>credits (about {dollars})</source>
        <translation>积分（约 {dollars}）</translation>
    </message>
</context>
<context>
    <name>SpendingWords</name>
    <message>
        <source>Not sent: today&apos;s spending would reach {reach} of your {limit}-credit daily limit (about {dollars}). Raise the limit in Settings or send it anyway.</source>
        <translation>未发送：今天的花费将达到 {reach}，超出你每日 {limit} 积分的上限（约 {dollars}）。请在设置中提高上限，或仍然发送。</translation>
    </message>
    <message>
        <source>Not sent: spending since the app started would reach {reach} of your {limit}-credit limit for this session (about {dollars}). Raise the limit in Settings or send it anyway.</source>
        <translation>未发送：应用启动以来的花费将达到 {reach}，超出你本次会话 {limit} 积分的上限（约 {dollars}）。请在设置中提高上限，或仍然发送。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Demo mode — simulated videos</source>
        <translation>演示模式 — 模拟视频</translation>
    </message>
    <message>
        <source>PoYo answers again: your videos carry on.</source>
        <translation>PoYo 恢复响应：你的视频继续进行。</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>服务器：{server}</translation>
    </message>
    <message>
        <source>Your videos wait; nothing is lost.</source>
        <translation>你的视频在等待；不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Videos are simulated on this computer, for free. Add your PoYo API key in Settings to make real ones.</source>
        <translation>视频在这台电脑上模拟生成，免费。在设置中添加你的 PoYo API 密钥即可生成真实视频。</translation>
    </message>
    <message>
        <source>Connecting to PoYo…</source>
        <translation>正在连接 PoYo…</translation>
    </message>
    <message>
        <source>Connecting to PoYo at {server}…</source>
        <translation>正在连接 {server} 上的 PoYo…</translation>
    </message>
    <message>
        <source>Connected to PoYo</source>
        <translation>已连接 PoYo</translation>
    </message>
    <message>
        <source>Connected to PoYo at {server}</source>
        <translation>已连接 {server} 上的 PoYo</translation>
    </message>
    <message>
        <source>Balance read at {time}.</source>
        <translation>余额读取于 {time}。</translation>
    </message>
    <message>
        <source>Balance read.</source>
        <translation>余额已读取。</translation>
    </message>
    <message>
        <source>It is read again after each video and every minute or so while videos are being made.</source>
        <translation>每个视频完成后，以及生成视频期间大约每分钟，都会重新读取。</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key — check it in Settings</source>
        <translation>PoYo 没有接受你的 API 密钥 — 请在设置中检查</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key.</source>
        <translation>PoYo 没有接受你的 API 密钥。</translation>
    </message>
    <message>
        <source>Cannot reach PoYo — retrying…</source>
        <translation>无法连接 PoYo — 正在重试…</translation>
    </message>
    <message>
        <source>Cannot reach PoYo at {server} — retrying…</source>
        <translation>无法连接 {server} 上的 PoYo — 正在重试…</translation>
    </message>
    <message>
        <source>PoYo is having trouble — retrying…</source>
        <translation>PoYo 出现问题 — 正在重试…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>Could not open your task history</source>
        <translation>无法打开你的任务历史</translation>
    </message>
    <message>
        <source>Could not read your task history</source>
        <translation>无法读取你的任务历史</translation>
    </message>
    <message>
        <source>Could not save your task history</source>
        <translation>无法保存你的任务历史</translation>
    </message>
    <message>
        <source>Could not keep a copy of your image</source>
        <translation>无法保留你的图片副本</translation>
    </message>
    <message>
        <source>Your task history was saved by a newer version of PoYo Desktop (history format {found}; this version understands up to {supported}). Please update PoYo Desktop. Your history was left untouched.</source>
        <translation>你的任务历史由更新版本的 PoYo Desktop 保存（历史格式 {found}；此版本最多支持 {supported}）。请更新 PoYo Desktop。你的历史未被改动。</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>PoYo Desktop is not allowed to change the history file</source>
        <translation>PoYo Desktop 无权更改历史文件</translation>
    </message>
    <message>
        <source>another program is using the history file; try again</source>
        <translation>另一个程序正在使用历史文件；请重试</translation>
    </message>
    <message>
        <source>the history file is damaged; restart PoYo Desktop to repair it</source>
        <translation>历史文件已损坏；请重新启动 PoYo Desktop 进行修复</translation>
    </message>
    <message>
        <source>PoYo Desktop is not allowed to read or write the file</source>
        <translation>PoYo Desktop 无权读取或写入该文件</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>历史文件是只读的</translation>
    </message>
    <message>
        <source>the history file could not be opened</source>
        <translation>无法打开历史文件</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>电脑内存不足</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>找不到该文件</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>那是文件夹，不是文件</translation>
    </message>
    <message>
        <source>{action}: {reason}.</source>
        <translation>{action}：{reason}。</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; none of your tasks could be recovered.</source>
        <translation>你的历史文件已损坏。副本保存在 {path}；你的任务都无法恢复。</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; 1 of your tasks was recovered.</source>
        <translation>你的历史文件已损坏。副本保存在 {path}；恢复了你的 1 个任务。</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; {count} of your tasks were recovered.</source>
        <translation>你的历史文件已损坏。副本保存在 {path}；恢复了你的 {count} 个任务。</translation>
    </message>
    <message>
        <source>The history file belongs to another program, so PoYo Desktop left it untouched.</source>
        <translation>历史文件属于另一个程序，因此 PoYo Desktop 没有改动它。</translation>
    </message>
    <message>
        <source>the history file or its folder is read-only</source>
        <translation>历史文件或其所在文件夹是只读的</translation>
    </message>
</context>
<context>
    <name>TaskAlerts</name>
    <message numerus="yes">
        <source>%n video(s) in progress</source>
        <translation>
            <numerusform>%n 个视频进行中</numerusform>
        </translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>“{prompt}”</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>你的视频</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <source>Your video failed</source>
        <translation>你的视频失败了</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>你的视频已完成</translation>
    </message>
    <message>
        <source>Click to watch it.</source>
        <translation>点击观看。</translation>
    </message>
</context>
<context>
    <name>TaskChoices</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Check Status Again</source>
        <translation>再次检查状态</translation>
    </message>
    <message>
        <source>Submit Again</source>
        <translation>再次提交</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Send Next</source>
        <translation>下一个发送</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Send Last</source>
        <translation>最后发送</translation>
    </message>
    <message>
        <source>Cancel (Not Paid)</source>
        <translation>取消（未付费）</translation>
    </message>
    <message>
        <source>Send After All</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Why {name} is not available:</source>
        <translation>为什么{name}不可用：</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} 和 {last}</translation>
    </message>
    <message>
        <source>Why {names} are not available:</source>
        <translation>为什么{names}不可用：</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Task ID copied.</source>
        <translation>已复制任务 ID。</translation>
    </message>
    <message>
        <source>Task settings copied as JSON.</source>
        <translation>已将任务设置复制为 JSON。</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>移除任务</translation>
    </message>
    <message>
        <source>Remove this task from your history?</source>
        <translation>从历史中移除此任务？</translation>
    </message>
    <message>
        <source>Also delete the video file</source>
        <translation>同时删除视频文件</translation>
    </message>
    <message>
        <source>It is still in progress; the app will stop following it.</source>
        <translation>它仍在进行中；本应用将停止跟踪它。</translation>
    </message>
</context>
<context>
    <name>TaskDecisions</name>
    <message>
        <source>This task was made in demo mode, so it can be retried only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>此任务是在演示模式下生成的，因此只能在演示模式下重试：请在设置中移除你的 API 密钥，或用 --demo 启动 PoYo Desktop。</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be checked again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>此任务是在演示模式下生成的，因此只能在演示模式下再次检查：请在设置中移除你的 API 密钥，或用 --demo 启动 PoYo Desktop。</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be sent again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>此任务是在演示模式下生成的，因此只能在演示模式下再次发送：请在设置中移除你的 API 密钥，或用 --demo 启动 PoYo Desktop。</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be checked again or sent again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>此任务是在演示模式下生成的，因此只能在演示模式下再次检查或再次发送：请在设置中移除你的 API 密钥，或用 --demo 启动 PoYo Desktop。</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be followed only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>此任务是在演示模式下生成的，因此只能在演示模式下跟进：请在设置中移除你的 API 密钥，或用 --demo 启动 PoYo Desktop。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be retried only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>此任务是用你的 PoYo 账户生成的，因此只能使用你的 API 密钥重试：请在设置中添加密钥（如果已经添加，请不带 --demo 启动 PoYo Desktop）。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be checked again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>此任务是用你的 PoYo 账户生成的，因此只能使用你的 API 密钥再次检查：请在设置中添加密钥（如果已经添加，请不带 --demo 启动 PoYo Desktop）。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be sent again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>此任务是用你的 PoYo 账户生成的，因此只能使用你的 API 密钥再次发送：请在设置中添加密钥（如果已经添加，请不带 --demo 启动 PoYo Desktop）。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be checked again or sent again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>此任务是用你的 PoYo 账户生成的，因此只能使用你的 API 密钥再次检查或再次发送：请在设置中添加密钥（如果已经添加，请不带 --demo 启动 PoYo Desktop）。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be followed only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>此任务是用你的 PoYo 账户生成的，因此只能使用你的 API 密钥跟进：请在设置中添加密钥（如果已经添加，请不带 --demo 启动 PoYo Desktop）。</translation>
    </message>
    <message>
        <source>Already sent to PoYo — it is paid and can only stop being followed (Remove from List stops following it).</source>
        <translation>已发送给 PoYo — 它已付费，只能停止跟进（“从列表中移除”会停止跟进它）。</translation>
    </message>
    <message>
        <source>already sent, paid</source>
        <translation>已发送，已付费</translation>
    </message>
    <message>
        <source>PoYo could not make this video.</source>
        <translation>PoYo 无法生成此视频。</translation>
    </message>
    <message>
        <source>{message} It was not made again by itself, because the app now uses your PoYo account (a new task is charged): press Retry to make it again here.</source>
        <translation>{message}它没有被自动重新生成，因为本应用现在使用你的 PoYo 账户（新任务会收费）：请点击“重试”在这里重新生成。</translation>
    </message>
    <message>
        <source>{message} It was not made again by itself, because the app now uses demo mode: press Retry to make it again here.</source>
        <translation>{message}它没有被自动重新生成，因为本应用现在使用演示模式：请点击“重试”在这里重新生成。</translation>
    </message>
    <message>
        <source>only in demo mode</source>
        <translation>仅限演示模式</translation>
    </message>
    <message>
        <source>needs your API key</source>
        <translation>需要你的 API 密钥</translation>
    </message>
</context>
<context>
    <name>TaskListView</name>
    <message>
        <source>Enter plays the video, Space pauses it, Delete removes it, Shift+F10 opens its menu.</source>
        <translation>回车键播放视频，空格键暂停，Delete 键移除，Shift+F10 打开它的菜单。</translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation>还没有视频</translation>
    </message>
    <message>
        <source>Pick a photo, describe what should happen, and your videos appear here.</source>
        <translation>选一张照片，描述应该发生什么，你的视频就会出现在这里。</translation>
    </message>
    <message>
        <source>No videos match</source>
        <translation>没有匹配的视频</translation>
    </message>
    <message>
        <source>Try other words, or clear the filter.</source>
        <translation>换个词试试，或清除筛选。</translation>
    </message>
    <message>
        <source>Your videos</source>
        <translation>你的视频</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Tell you when a new version of {app} is out? It looks once a week. &lt;a href=&apos;yes&apos;&gt;Yes&lt;/a&gt; · &lt;a href=&apos;no&apos;&gt;No&lt;/a&gt;</source>
        <translation>{app} 有新版本时告诉你吗？每周检查一次。&lt;a href=&apos;yes&apos;&gt;是&lt;/a&gt; · &lt;a href=&apos;no&apos;&gt;否&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{app} {version} is out: &lt;a href=&apos;{url}&apos;&gt;see what is new&lt;/a&gt;</source>
        <translation>{app} {version} 已发布：&lt;a href=&apos;{url}&apos;&gt;查看新内容&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>UploadImage</name>
    <message>
        <source>{subject} could not be prepared for upload: {reason}.</source>
        <extracomment>Formats that lose nothing: a picture in one is tried as PNG first when re-encoded.</extracomment>
        <translation>{subject}无法准备上传：{reason}。</translation>
    </message>
    <message>
        <source>{subject} could not be prepared for upload: a disk error.</source>
        <translation>{subject}无法准备上传：磁盘错误。</translation>
    </message>
    <message>
        <source>{subject} could not be made smaller than {limit}.</source>
        <translation>{subject}无法缩小到 {limit} 以下。</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>视频预览</translation>
    </message>
    <message>
        <source>Your videos appear here.</source>
        <translation>你的视频会出现在这里。</translation>
    </message>
    <message>
        <source>Choose a photo, write a sentence, press Generate.</source>
        <translation>选一张照片，写一句话，按“生成”。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>它可能已被移动、重命名或删除。</translation>
    </message>
    <message>
        <source>Stopped. Press Play to watch again.</source>
        <translation>已停止。按“播放”再看一遍。</translation>
    </message>
    <message>
        <source>The video file is missing.</source>
        <translation>视频文件不存在。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save video as</source>
        <translation>视频另存为</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Could not save the video: {reason}</source>
        <translation>无法保存视频：{reason}</translation>
    </message>
    <message>
        <source>This video can&apos;t be played. The file may be damaged or incomplete.</source>
        <translation>无法播放此视频。文件可能已损坏或不完整。</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>已保存“{name}”</translation>
    </message>
    <message>
        <source>No program on this computer could open the video.</source>
        <translation>这台电脑上没有程序能打开此视频。</translation>
    </message>
    <message>
        <source>Could not open the folder.</source>
        <translation>无法打开文件夹。</translation>
    </message>
    <message>
        <source>Space plays and pauses, Left and Right jump a second, comma and period step a frame.</source>
        <extracomment>The preview&apos;s accessible description: what its keys do.</extracomment>
        <translation>空格键播放和暂停，左右方向键跳一秒，逗号和句号逐帧移动。</translation>
    </message>
</context>
<context>
    <name>VideoReader</name>
    <message>
        <source>The video took too long to open.</source>
        <translation>视频打开时间过长。</translation>
    </message>
    <message>
        <source>The video has no length: the file may be incomplete.</source>
        <translation>视频没有时长：文件可能不完整。</translation>
    </message>
    <message>
        <source>No picture could be read from the video.</source>
        <translation>无法从视频中读取画面。</translation>
    </message>
    <message>
        <source>No picture could be read at that moment of the video.</source>
        <translation>无法读取视频该时刻的画面。</translation>
    </message>
    <message>
        <source>Reading the video took too long.</source>
        <translation>读取视频时间过长。</translation>
    </message>
    <message>
        <source>This file is not a video the app can read.</source>
        <translation>此文件不是本应用能读取的视频。</translation>
    </message>
    <message>
        <source>The video could not be read: the file may be damaged or incomplete.</source>
        <translation>无法读取视频：文件可能已损坏或不完整。</translation>
    </message>
</context>
<context>
    <name>VideoWriter</name>
    <message>
        <source>The new video could not be written: the encoder stopped.</source>
        <translation>无法写入新视频：编码器停止了。</translation>
    </message>
    <message>
        <source>The new video took too long to write.</source>
        <translation>写入新视频耗时过长。</translation>
    </message>
    <message>
        <source>The encoder stopped taking pictures.</source>
        <translation>编码器不再接收图片。</translation>
    </message>
    <message>
        <source>The new video could not be written: {reason}.</source>
        <translation>无法写入新视频：{reason}。</translation>
    </message>
    <message>
        <source>The new video could not be written: the encoder failed.</source>
        <translation>无法写入新视频：编码器出错了。</translation>
    </message>
</context>
</TS>
