<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>About</name>
    <message>
        <source>Turn a photo and a sentence into a short video with PoYo&apos;s Kling 2.1 models.</source>
        <translation>PoYo の Kling 2.1 モデルで、写真 1 枚と文 1 つから短い動画を作ります。</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>MIT ライセンスで公開しています。</translation>
    </message>
    <message>
        <source>Your PoYo account</source>
        <translation>PoYo のアカウント</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Enter your API key first.</source>
        <translation>先に API キーを入力してください。</translation>
    </message>
    <message>
        <source>The test could not run</source>
        <translation>テストを実行できませんでした</translation>
    </message>
    <message>
        <source>The test could not run: {reason}</source>
        <translation>テストを実行できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Connected as {email}. {credits} credits left.</source>
        <translation>{email} として接続しました。残りは {credits} クレジットです。</translation>
    </message>
    <message>
        <source>Connected. {credits} credits left.</source>
        <translation>接続しました。残りは {credits} クレジットです。</translation>
    </message>
    <message>
        <source>The balance could not be read</source>
        <translation>残高を読み込めませんでした</translation>
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
        <translation>フォームから動画を生成します（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Videos &amp;Folder</source>
        <translation>動画フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;pending…</source>
        <translation>支出(&amp;P)…</translation>
    </message>
    <message>
        <source>What your videos cost: today, this month, each one</source>
        <translation>動画にかかった費用：今日、今月、1 本ずつ</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;About PoYo Desktop</source>
        <translation>PoYo Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the app answers to</source>
        <translation>このアプリが反応するすべてのキー</translation>
    </message>
    <message>
        <source>PoYo &amp;Website</source>
        <translation>PoYo の Web サイト(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open Video</source>
        <translation>動画を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy Task ID</source>
        <translation>タスク ID をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Settings as &amp;JSON</source>
        <translation>設定を JSON でコピー(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>この設定をもう一度使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Try this task again: fetch its video, or make it again if it failed</source>
        <translation>このタスクをもう一度試します：動画を取得し、失敗していれば作り直します</translation>
    </message>
    <message>
        <source>Check &amp;Status Again</source>
        <translation>状態をもう一度確認(&amp;S)</translation>
    </message>
    <message>
        <source>Ask PoYo whether this task was created and how it is doing</source>
        <translation>このタスクが作成されたか、どうなっているかを PoYo に問い合わせます</translation>
    </message>
    <message>
        <source>Submit &amp;Again…</source>
        <translation>もう一度送信(&amp;A)…</translation>
    </message>
    <message>
        <source>Send this task again (it may be charged twice)</source>
        <translation>このタスクをもう一度送信します（二重に請求される場合があります）</translation>
    </message>
    <message>
        <source>Re&amp;move from List…</source>
        <translation>リストから削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>一時停止(&amp;U)</translation>
    </message>
    <message>
        <source>Keep this task from being sent until you resume it</source>
        <translation>再開するまでこのタスクを送信しません</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>再開(&amp;M)</translation>
    </message>
    <message>
        <source>Let this task be sent</source>
        <translation>このタスクの送信を許可します</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change this task&apos;s prompt, length or model before it is sent (free)</source>
        <translation>送信前にこのタスクのプロンプト、長さ、モデルを変更します（無料）</translation>
    </message>
    <message>
        <source>Send &amp;Next</source>
        <translation>次に送信(&amp;N)</translation>
    </message>
    <message>
        <source>Send this task before the others waiting</source>
        <translation>待機中のほかのタスクより先に送信します</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>One place earlier in line</source>
        <translation>キューで 1 つ前へ</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>One place later</source>
        <translation>1 つ後ろへ</translation>
    </message>
    <message>
        <source>Send &amp;Last</source>
        <translation>最後に送信(&amp;L)</translation>
    </message>
    <message>
        <source>Send this task after the others waiting</source>
        <translation>待機中のほかのタスクの後に送信します</translation>
    </message>
    <message>
        <source>&amp;Cancel (Not Paid)</source>
        <translation>キャンセル（未払い）(&amp;C)</translation>
    </message>
    <message>
        <source>Take this task out of line: it was not sent, so nothing is charged</source>
        <translation>このタスクをキューから外します：未送信なので請求はありません</translation>
    </message>
    <message>
        <source>Send &amp;After All</source>
        <translation>やはり送信(&amp;A)</translation>
    </message>
    <message>
        <source>Put this cancelled task back in line, at its end</source>
        <translation>キャンセルしたタスクをキューの最後に戻します</translation>
    </message>
    <message>
        <source>Pause Sending</source>
        <translation>送信を一時停止</translation>
    </message>
    <message>
        <source>Keep every task not sent yet (and new ones) from being sent, until you resume</source>
        <translation>再開するまで、未送信のタスク（新しいものも含む）を送信しません</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Resume Sending</source>
        <translation>送信を再開</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to PoYo.</source>
        <translation>PoYo との通信中に問題が起きました。</translation>
    </message>
    <message>
        <source>PoYo did not accept the request.</source>
        <extracomment>``default_message`` without its promise that the app will try again (&quot;&quot;: the same)</extracomment>
        <translation>PoYo はリクエストを受け付けませんでした。</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key. Check it in Settings (it may be mistyped or revoked).</source>
        <translation>PoYo は API キーを受け付けませんでした。設定で確認してください（入力ミスか、無効にされた可能性があります）。</translation>
    </message>
    <message>
        <source>The server address starts with http://, which would send your API key unencrypted. Use an https:// address in Settings.</source>
        <translation>サーバーのアドレスが http:// で始まっているため、API キーが暗号化されずに送信されます。設定で https:// のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>Your PoYo account is not allowed to do this.</source>
        <translation>お使いの PoYo アカウントではこの操作はできません。</translation>
    </message>
    <message>
        <source>Your PoYo account does not have enough credits for this video. Top up on poyo.ai, then try again.</source>
        <translation>PoYo アカウントのクレジットがこの動画には足りません。poyo.ai でチャージしてから、もう一度試してください。</translation>
    </message>
    <message>
        <source>PoYo does not know this task (it may belong to another account).</source>
        <translation>PoYo はこのタスクを知りません（別のアカウントのタスクかもしれません）。</translation>
    </message>
    <message>
        <source>The download link for this video has expired or was removed (PoYo&apos;s result links last about a day).</source>
        <translation>この動画のダウンロードリンクは期限切れか、削除されました（PoYo の結果リンクの有効期間は約 1 日です）。</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests. The app will wait and try again.</source>
        <translation>PoYo へのリクエストが多すぎます。アプリは待ってから再試行します。</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests.</source>
        <translation>PoYo へのリクエストが多すぎます。</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers are having trouble right now. Please try again shortly.</source>
        <translation>PoYo のサーバーに現在問題が起きています。しばらくしてからもう一度試してください。</translation>
    </message>
    <message>
        <source>Could not reach PoYo. Check your internet connection; the app will keep trying.</source>
        <translation>PoYo に接続できませんでした。インターネット接続を確認してください。アプリは試し続けます。</translation>
    </message>
    <message>
        <source>Could not reach PoYo. Check your internet connection.</source>
        <translation>PoYo に接続できませんでした。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>The download stalled. It can be downloaded again.</source>
        <translation>ダウンロードが止まりました。もう一度ダウンロードできます。</translation>
    </message>
    <message>
        <source>The download broke off. It can be downloaded again.</source>
        <translation>ダウンロードが途中で切れました。もう一度ダウンロードできます。</translation>
    </message>
    <message>
        <source>PoYo sent an answer the app could not understand.</source>
        <translation>PoYo からアプリが理解できない応答が届きました。</translation>
    </message>
    <message>
        <source>The request reached PoYo but no answer came back, so the video may or may not have been started. Submitting again could be charged twice.</source>
        <translation>リクエストは PoYo に届きましたが、応答がありませんでした。動画の作成が始まったかどうかはわかりません。もう一度送信すると二重に請求される可能性があります。</translation>
    </message>
    <message>
        <source>Some settings need fixing before the video can be made.</source>
        <translation>動画を作る前に、いくつかの設定を直す必要があります。</translation>
    </message>
    <message>
        <source>PoYo took too long to answer. Please try again shortly.</source>
        <translation>PoYo の応答に時間がかかりすぎました。しばらくしてからもう一度試してください。</translation>
    </message>
    <message>
        <source>PoYo (or a proxy in front of it) answered with an error page. Please try again shortly.</source>
        <translation>PoYo（またはその手前のプロキシ）がエラーページを返しました。しばらくしてからもう一度試してください。</translation>
    </message>
    <message>
        <source>The file is too large for PoYo.</source>
        <translation>ファイルが大きすぎて PoYo に送れません。</translation>
    </message>
    <message>
        <source>PoYo did not accept the request: {reason}</source>
        <translation>PoYo はリクエストを受け付けませんでした：{reason}</translation>
    </message>
    <message>
        <source>PoYo reported the video as finished but did not give exactly one video file.</source>
        <translation>PoYo は動画の完成を報告しましたが、動画ファイルがちょうど 1 つではありませんでした。</translation>
    </message>
    <message>
        <source>The demo server is not running yet.</source>
        <translation>デモサーバーはまだ起動していません。</translation>
    </message>
    <message>
        <source>PoYo did not answer in time. The app will keep trying.</source>
        <translation>PoYo から時間内に応答がありませんでした。アプリは試し続けます。</translation>
    </message>
    <message>
        <source>PoYo did not answer in time.</source>
        <translation>PoYo から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The connection to PoYo broke off. The app will keep trying.</source>
        <translation>PoYo との接続が切れました。アプリは試し続けます。</translation>
    </message>
    <message>
        <source>The connection to PoYo broke off.</source>
        <translation>PoYo との接続が切れました。</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>New videos now go to {server}.</source>
        <translation>新しい動画は今後 {server} に送信されます。</translation>
    </message>
    <message>
        <source>New videos now go to {server}. Videos already under way keep following the server they were sent to (it alone knows their tasks).</source>
        <translation>新しい動画は今後 {server} に送信されます。すでに進行中の動画は、送信先のサーバーで引き続き追跡します（そのタスクを知っているのはそのサーバーだけです）。</translation>
    </message>
    <message>
        <source>The demo server could not be started</source>
        <translation>デモサーバーを起動できませんでした</translation>
    </message>
    <message>
        <source>Your settings file was damaged and has been reset. A copy was kept at {path}.</source>
        <translation>設定ファイルが壊れていたため、リセットしました。コピーを {path} に残しています。</translation>
    </message>
</context>
<context>
    <name>AwayCard</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>not enough credits</source>
        <translation>クレジット不足</translation>
    </message>
    <message>
        <source>PoYo could not make it</source>
        <translation>PoYo が作成できませんでした</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>API キーが受け付けられませんでした</translation>
    </message>
    <message>
        <source>not allowed for your account</source>
        <translation>このアカウントでは許可されていません</translation>
    </message>
    <message>
        <source>PoYo no longer knows it</source>
        <translation>PoYo に見つかりません</translation>
    </message>
    <message>
        <source>download link expired</source>
        <translation>ダウンロードリンクの期限切れ</translation>
    </message>
    <message>
        <source>PoYo could not be reached</source>
        <translation>PoYo に接続できませんでした</translation>
    </message>
    <message>
        <source>trouble at PoYo</source>
        <translation>PoYo の障害</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the videos folder is missing</source>
        <translation>動画フォルダーがありません</translation>
    </message>
    <message>
        <source>PoYo did not accept the request</source>
        <translation>PoYo がリクエストを受け付けませんでした</translation>
    </message>
    <message>
        <source>settings need fixing</source>
        <translation>設定の修正が必要です</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) finished</source>
        <translation>
            <numerusform>%n 本の動画が完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 本が失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({reasons})</source>
        <translation>{count}（{reasons}）</translation>
    </message>
    <message numerus="yes">
        <source>%n may have been made (check it)</source>
        <translation>
            <numerusform>%n 本が作成された可能性あり（確認してください）</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} · {cost}</source>
        <translation>{events} · {cost}</translation>
    </message>
    <message numerus="yes">
        <source>{credits} credit(s) spent (about {dollars})</source>
        <translation>
            <numerusform>{credits} クレジット使用（約 {dollars}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Free in demo mode</source>
        <translation>デモモードでは無料</translation>
    </message>
    <message>
        <source>Nothing was charged</source>
        <translation>請求はありません</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>「{prompt}」</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>あなたの動画</translation>
    </message>
    <message>
        <source>{video} is ready</source>
        <translation>{video} が完成しました</translation>
    </message>
    <message>
        <source>{video} failed: {reason}</source>
        <translation>{video} が失敗しました：{reason}</translation>
    </message>
    <message>
        <source>{video} failed</source>
        <translation>{video} が失敗しました</translation>
    </message>
    <message>
        <source>{video} may have been made: check it</source>
        <translation>{video} は作成された可能性があります：確認してください</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the list</source>
        <translation>
            <numerusform>ほか %n 本はリストにあります</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>離れている間に</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
</context>
<context>
    <name>BalanceCheck</name>
    <message>
        <source>Your balance is {balance} (read at {time}); this video costs {price}.</source>
        <translation>残高は {balance}（{time} 時点）で、この動画は {price} かかります。</translation>
    </message>
    <message>
        <source>Your balance is {balance}; this video costs {price}.</source>
        <translation>残高は {balance} で、この動画は {price} かかります。</translation>
    </message>
    <message>
        <source>Not enough credits?</source>
        <translation>クレジットが足りませんか？</translation>
    </message>
    <message>
        <source>PoYo will most likely refuse it (nothing is charged then). Top up on poyo.ai first, or send it anyway if you already have.</source>
        <translation>PoYo に断られる可能性が高いです（その場合は請求されません）。先に poyo.ai でチャージするか、もうチャージ済みならこのまま送信してください。</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>このまま送信</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Demo mode notice</source>
        <translation>デモモードのお知らせ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Videos are simulated on this computer, for free. Add your PoYo API key to make real ones.</source>
        <translation>&lt;b&gt;デモモードです。&lt;/b&gt;動画はこのコンピューター上で無料でシミュレートされます。本物の動画を作るには PoYo の API キーを追加してください。</translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation>API キーを追加…</translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation>API キーを追加</translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <source>Your spending limits could not be checked now; each video is still checked before it is paid.</source>
        <translation>今は支出の上限を確認できませんでした。各動画は支払い前に必ず確認されます。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n video(s) was sent; they are still in the batch: {reason}</source>
        <extracomment>The review&apos;s modules, imported (on a worker thread) when the first review opens.</extracomment>
        <translation>
            <numerusform>%n 本の動画はどれも送信されず、バッチに残っています：{reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n video(s) are in the queue; the other {left} were not sent and are still in the batch: {reason}</source>
        <translation>
            <numerusform>%n 本中 {recorded} 本がキューに入りました。残り {left} 本は送信されず、バッチに残っています：{reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch could not be reviewed</source>
        <translation>バッチを確認できませんでした</translation>
    </message>
    <message>
        <source>The batch could not be sent</source>
        <translation>バッチを送信できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) added to the queue.</source>
        <translation>
            <numerusform>%n 本の動画をキューに追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchMode</name>
    <message>
        <source>Checking which pictures were made before…</source>
        <translation>以前に作成した画像を確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n more picture(s)…</source>
        <translation>
            <numerusform>あと %n 枚の画像を確認中…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>own prompt: “{prompt}”</source>
        <translation>個別のプロンプト：「{prompt}」</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 本</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n 本</numerusform>
        </translation>
    </message>
    <message>
        <source>{made}, made again</source>
        <translation>{made}、もう一度作成</translation>
    </message>
    <message>
        <source>{made}: skipped</source>
        <translation>{made}：スキップ</translation>
    </message>
    <message>
        <source>already being made (since {day})</source>
        <translation>作成中（{day} から）</translation>
    </message>
    <message>
        <source>made before on {day}</source>
        <translation>{day} に作成済み</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Add pictures…</source>
        <extracomment>Pictures were dropped on the panel or chosen with &quot;Add pictures…&quot; (list of Path). &quot;Clear batch&quot;: back to the one-picture form.</extracomment>
        <translation>画像を追加…</translation>
    </message>
    <message>
        <source>Clear batch</source>
        <translation>バッチを空にする</translation>
    </message>
    <message>
        <source>Back to one picture; the pictures stay where they are</source>
        <translation>1 枚の画像に戻ります。画像ファイルはそのままです</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Batch pictures</source>
        <translation>バッチの画像</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n picture(s)</source>
        <translation>
            <numerusform>%n 枚の画像のバッチ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · checking %n more…</source>
        <translation>
            <numerusform> · あと %n 枚を確認中…</numerusform>
        </translation>
    </message>
    <message>
        <source>1 picture was made into a video with these settings before, so it is skipped.</source>
        <translation>1 枚の画像はこの設定で動画にしたことがあるため、スキップします。</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures were made into a video with these settings before, so they are skipped.</source>
        <translation>
            <numerusform>%n 枚の画像はこの設定で動画にしたことがあるため、スキップします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>含める</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) made before will be made again.</source>
        <translation>
            <numerusform>以前に作成した %n 枚の画像をもう一度作成します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>スキップする</translation>
    </message>
    <message numerus="yes">
        <source>Left out, %n picture(s) that cannot be used:</source>
        <translation>
            <numerusform>使えない画像 %n 枚を除外しました：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add pictures to the batch</source>
        <translation>バッチに画像を追加</translation>
    </message>
</context>
<context>
    <name>Chains</name>
    <message>
        <source>Continues an earlier video</source>
        <translation>以前の動画の続き</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>プロンプトなし</translation>
    </message>
    <message>
        <source>Continues “{prompt}”</source>
        <translation>「{prompt}」の続き</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with Pictures</source>
        <translation>画像と比較</translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation>プロンプトなし</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>「{prompt}」</translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>動画を読み込み中…</translation>
    </message>
    <message>
        <source>Start image</source>
        <translation>開始画像</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>最初のフレーム</translation>
    </message>
    <message>
        <source>End image</source>
        <translation>終了画像</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>最後のフレーム</translation>
    </message>
    <message>
        <source>The video&apos;s first frame beside the picture it started from, and its last frame beside the picture it ended on.</source>
        <translation>動画の最初のフレームを開始画像の横に、最後のフレームを終了画像の横に並べています。</translation>
    </message>
    <message>
        <source>The video&apos;s first frame beside the picture it started from.</source>
        <translation>動画の最初のフレームを開始画像の横に並べています。</translation>
    </message>
    <message>
        <source>The picture is no longer there.</source>
        <translation>画像が見つかりません。</translation>
    </message>
    <message>
        <source>something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>The video could not be compared: {reason}</source>
        <translation>動画を比較できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>ConfirmPrice</name>
    <message>
        <source>Confirm the price</source>
        <translation>料金の確認</translation>
    </message>
    <message>
        <source>Make It</source>
        <translation>作成する</translation>
    </message>
    <message>
        <source>You asked to be asked before any video over {credits} (Settings, Spending).</source>
        <translation>{credits} を超える動画は事前に確認する設定になっています（設定 › 支出）。</translation>
    </message>
</context>
<context>
    <name>CopiesChoice</name>
    <message>
        <source>Make</source>
        <translation>作成数</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>本数</translation>
    </message>
    <message>
        <source>Several videos of the same picture, each a little different</source>
        <translation>同じ画像から、少しずつ違う動画を複数作ります</translation>
    </message>
    <message numerus="yes">
        <source>video(s) of each picture</source>
        <translation>
            <numerusform>本（画像ごと）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>video(s) of this picture</source>
        <translation>
            <numerusform>本（この画像）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopySaving</name>
    <message>
        <source>something unexpected went wrong</source>
        <translation>予期しない問題が発生しました</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>the demo server did not start (exit code {code}; see {log})</source>
        <translation>デモサーバーが起動しませんでした（終了コード {code}。{log} を確認してください）</translation>
    </message>
</context>
<context>
    <name>DownloadStep</name>
    <message>
        <source>A video is already saved as {name}, but the server could not confirm it is this task&apos;s. {reason}</source>
        <translation>{name} という名前で動画がすでに保存されていますが、このタスクのものかどうかをサーバーで確認できませんでした。{reason}</translation>
    </message>
    <message>
        <source>The video could not be downloaded: {reason} Press Retry to get a fresh link from PoYo and download it again; it is not charged again.</source>
        <translation>動画をダウンロードできませんでした：{reason}「再試行」を押すと、PoYo から新しいリンクを取得してもう一度ダウンロードします。再度請求されることはありません。</translation>
    </message>
    <message>
        <source>The video could not be downloaded. {reason}</source>
        <translation>動画をダウンロードできませんでした。{reason}</translation>
    </message>
    <message>
        <source>Your video was saved as {name}, but your task history could not be updated ({reason}). Press Retry to record it: it will not be bought again.</source>
        <translation>動画は {name} として保存されましたが、タスクの履歴を更新できませんでした（{reason}）。「再試行」を押すと記録されます。もう一度購入されることはありません。</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>The disk is full: there is no room to save the video in {folder}.</source>
        <translation>ディスクがいっぱいです：{folder} に動画を保存する空き容量がありません。</translation>
    </message>
    <message>
        <source>The app is not allowed to save files in {folder}.</source>
        <translation>このアプリには {folder} にファイルを保存する権限がありません。</translation>
    </message>
    <message>
        <source>The download folder {folder} no longer exists or cannot be created.</source>
        <translation>ダウンロードフォルダー {folder} はもう存在しないか、作成できません。</translation>
    </message>
    <message>
        <source>The video could not be saved in {folder}: {reason}.</source>
        <translation>動画を {folder} に保存できませんでした：{reason}。</translation>
    </message>
    <message>
        <source>The download was incomplete. It can be downloaded again.</source>
        <translation>ダウンロードが不完全でした。もう一度ダウンロードできます。</translation>
    </message>
    <message>
        <source>The downloaded file is not a complete video. It can be downloaded again.</source>
        <translation>ダウンロードしたファイルは完全な動画ではありません。もう一度ダウンロードできます。</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>{name} is missing: it was moved, renamed or deleted since the app was last open.</source>
        <translation>{name} が見つかりません：前回アプリを開いてから、移動、名前の変更、または削除が行われました。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit Video</source>
        <translation>動画を編集</translation>
    </message>
    <message>
        <source>Not sent yet, so changing it costs nothing.</source>
        <translation>まだ送信していないので、変更は無料です。</translation>
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
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Describe what should happen.</source>
        <translation>何が起こるかを書いてください。</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>ネガティブプロンプト</translation>
    </message>
    <message>
        <source>Things to avoid, e.g. blur, distorted faces, text</source>
        <translation>避けたいもの（例：ぼやけ、ゆがんだ顔、文字）</translation>
    </message>
    <message>
        <source>{} model</source>
        <translation>{} モデル</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Length {}</source>
        <translation>長さ {}</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>{refusal} This video ends on {picture}.</source>
        <translation>{refusal} この動画は {picture} で終わります。</translation>
    </message>
    <message>
        <source>With Pro, it also ends on {picture}.</source>
        <translation>Pro では {picture} で終わります。</translation>
    </message>
    <message>
        <source>{price}, was {credits}</source>
        <translation>{price}（変更前 {credits}）</translation>
    </message>
    <message>
        <source>This video was removed from the list, so nothing was changed.</source>
        <translation>この動画はリストから削除されたため、何も変更していません。</translation>
    </message>
    <message>
        <source>It can no longer change.</source>
        <translation>もう変更できません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>This video could not be changed.</source>
        <translation>この動画を変更できませんでした。</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>PoYo Desktop ran into an unexpected problem. Your tasks are saved; you can keep working. If it happens again, please send the details below to the developers.</source>
        <translation>PoYo Desktop で予期しない問題が発生しました。タスクは保存されているので、作業を続けられます。再び起きた場合は、下の詳細を開発者に送ってください。</translation>
    </message>
</context>
<context>
    <name>FailureDetails</name>
    <message>
        <source>Show details ▸</source>
        <translation>詳細を表示 ▸</translation>
    </message>
    <message>
        <source>Hide details ▾</source>
        <translation>詳細を隠す ▾</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>The technical detail of this failure, for support</source>
        <translation>この失敗の技術的な詳細（サポート用）</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>詳細をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
</context>
<context>
    <name>FileActionsBar</name>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save a copy of the video somewhere</source>
        <translation>動画のコピーを別の場所に保存します</translation>
    </message>
    <message>
        <source>Open with system player</source>
        <translation>システムのプレーヤーで開く</translation>
    </message>
    <message>
        <source>Play the video in your computer&apos;s usual video player</source>
        <translation>いつもの動画プレーヤーで再生します</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Open the folder that holds the video</source>
        <translation>動画のあるフォルダーを開きます</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Use this frame, continue from the last one, and more</source>
        <translation>このフレームを使う、最後のフレームから続けるなど</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Pick a photo</source>
        <translation>写真を選ぶ</translation>
    </message>
    <message>
        <source>Drop it on the Start image box, or press Browse… or Paste.</source>
        <translation>「開始画像」欄にドロップするか、「参照…」または「貼り付け」を押します。</translation>
    </message>
    <message>
        <source>Describe what should happen</source>
        <translation>何が起こるかを書く</translation>
    </message>
    <message>
        <source>One sentence in Prompt, like “the waves roll in slowly”.</source>
        <translation>「プロンプト」に 1 文で。例：「波がゆっくり打ち寄せる」。</translation>
    </message>
    <message>
        <source>Press Generate</source>
        <translation>「生成」を押す</translation>
    </message>
    <message>
        <source>Or Ctrl+Enter. Your video appears in Your videos and plays here.</source>
        <translation>または Ctrl+Enter。動画は「あなたの動画」に表示され、ここで再生されます。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Make your first video</source>
        <translation>最初の動画を作りましょう</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <source>Hide this guide (Help ▸ Keyboard Shortcuts lists the keys)</source>
        <translation>このガイドを隠す（キーは ヘルプ ▸ キーボードショートカット で確認できます）</translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>Crop</source>
        <translation>切り抜き</translation>
    </message>
    <message>
        <source>Add bars</source>
        <translation>帯を追加</translation>
    </message>
    <message>
        <source>Resize only</source>
        <translation>サイズ変更のみ</translation>
    </message>
    <message>
        <source>Drag the frame to choose what to keep, or its corners to resize it. With the keyboard: arrow keys move it, + and − resize it.</source>
        <translation>枠をドラッグして残す部分を選び、角をドラッグして大きさを変えます。キーボードでは矢印キーで移動、+ と − で大きさを変えます。</translation>
    </message>
    <message>
        <source>The whole picture is kept; black bars fill the rest of the shape.</source>
        <translation>画像全体を残し、余った部分は黒い帯で埋めます。</translation>
    </message>
    <message>
        <source>The whole picture is kept, in its own shape.</source>
        <translation>画像全体を元の形のまま残します。</translation>
    </message>
    <message>
        <source>Fix the {picture}</source>
        <extracomment>The person chose: a :class:`FixPlan` to carry out on the whole picture.</extracomment>
        <translation>{picture}を修正</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>形：</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation>この画像を使う</translation>
    </message>
    <message>
        <source>Its shape is outside what Kling takes.</source>
        <translation>形が Kling の対応範囲外です。</translation>
    </message>
    <message>
        <source>Making the picture…</source>
        <translation>画像を作成中…</translation>
    </message>
    <message>
        <source>Result: {width} × {height} px ({shape}).</source>
        <translation>結果：{width} × {height} px（{shape}）。</translation>
    </message>
    <message>
        <source>Enlarged to {side} px on its short side: it may look soft.</source>
        <translation>短い辺を {side} px に拡大しました。ぼやけて見える場合があります。</translation>
    </message>
    <message>
        <source>Like the start image ({shape})</source>
        <translation>開始画像と同じ（{shape}）</translation>
    </message>
    <message>
        <source>Its own ({shape})</source>
        <translation>元の形（{shape}）</translation>
    </message>
    <message>
        <source>Kling does not take this shape.</source>
        <translation>Kling はこの形に対応していません。</translation>
    </message>
</context>
<context>
    <name>FixFlow</name>
    <message>
        <source>The picture could not be read again. Was the file moved or changed?</source>
        <translation>画像をもう一度読み込めませんでした。ファイルが移動または変更されていませんか？</translation>
    </message>
    <message>
        <source>{fix}; {changes}.</source>
        <translation>{fix}。{changes}。</translation>
    </message>
    <message>
        <source>The picture could not be fixed.</source>
        <translation>画像を修正できませんでした。</translation>
    </message>
</context>
<context>
    <name>FormBatches</name>
    <message>
        <source>Review the batch…</source>
        <extracomment>The batch form&apos;s modules, imported when the first batch comes.</extracomment>
        <translation>バッチを確認…</translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln video(s)…</source>
        <translation>
            <numerusform>%Ln 本の動画を確認…</numerusform>
        </translation>
    </message>
    <message>
        <source>The pictures could not be taken</source>
        <translation>画像を取り込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s): free in demo mode ({credits} with a key)</source>
        <translation>
            <numerusform>%Ln 本の動画：デモモードでは無料（キー使用時 {credits}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s): {money}</source>
        <translation>
            <numerusform>%Ln 本の動画：{money}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
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
        <translation>{h} 時間 {min} 分</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>{min} min ago</source>
        <translation>{min} 分前</translation>
    </message>
    <message>
        <source>{h} h ago</source>
        <translation>{h} 時間前</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} {unit}</source>
        <translation>{size} {unit}</translation>
    </message>
    <message>
        <source>Running {percent} %</source>
        <translation>処理中 {percent}%</translation>
    </message>
    <message>
        <source>Unknown — may have been created</source>
        <translation>不明 — 作成された可能性あり</translation>
    </message>
    <message>
        <source>Cancelled · nothing was charged</source>
        <translation>キャンセル済み · 請求なし</translation>
    </message>
    <message>
        <source>Paused · not paid yet</source>
        <translation>一時停止中 · 未払い</translation>
    </message>
    <message numerus="yes">
        <source>Waiting · %n in line · not paid yet</source>
        <translation>
            <numerusform>待機中 · %n 番目 · 未払い</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting · not paid yet</source>
        <translation>待機中 · 未払い</translation>
    </message>
    <message>
        <source>Uploading · not paid yet</source>
        <translation>アップロード中 · 未払い</translation>
    </message>
    <message>
        <source> · sent</source>
        <translation> · 送信済み</translation>
    </message>
    <message>
        <source> · paid</source>
        <translation> · 支払い済み</translation>
    </message>
    <message>
        <source>Not sent to PoYo yet, so not paid: it can be paused, moved or cancelled for free.</source>
        <translation>まだ PoYo に送信していないので未払いです。無料で一時停止、移動、キャンセルができます。</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing was charged.</source>
        <translation>送信前にキャンセルしました。請求はありません。</translation>
    </message>
    <message>
        <source>Sent to the demo server (free): it can only stop being followed.</source>
        <translation>デモサーバーに送信済み（無料）：追跡をやめることだけができます。</translation>
    </message>
    <message>
        <source>Sent to PoYo: it is paid, and can only stop being followed.</source>
        <translation>PoYo に送信済み：支払い済みで、追跡をやめることだけができます。</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状態：{status}</translation>
    </message>
    <message>
        <source>Model: {model} · {length}</source>
        <translation>モデル：{model} · {length}</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>作成：{when}</translation>
    </message>
    <message>
        <source>Took: {time}</source>
        <translation>所要時間：{time}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>サイズ：{size}</translation>
    </message>
    <message>
        <source>Avoid: {words}</source>
        <translation>避けるもの：{words}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;問題：&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;For now:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;現在：&lt;/b&gt;{message}</translation>
    </message>
    <message>
        <source>Task id: {id}</source>
        <translation>タスク ID：{id}</translation>
    </message>
    <message>
        <source>{status}: {prompt}, {model}, {length}</source>
        <translation>{status}：{prompt}、{model}、{length}</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>プロンプトなし</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>作成 {when}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>所要時間 {time}</translation>
    </message>
    <message>
        <source>avoid: {words}</source>
        <translation>避けたいもの：{words}</translation>
    </message>
</context>
<context>
    <name>FrameActions</name>
    <message>
        <source>Continue from &amp;Last Frame</source>
        <extracomment>(entry, tip, FrameCommands method), in menu order.</extracomment>
        <translation>最後のフレームから続ける(&amp;L)</translation>
    </message>
    <message>
        <source>Start a new video where this one ends: its last frame becomes the start image</source>
        <translation>この動画の終わりから新しい動画を始めます。最後のフレームが開始画像になります</translation>
    </message>
    <message>
        <source>Make a &amp;Loop…</source>
        <translation>ループを作成(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the video played forward then backward</source>
        <translation>動画を順再生してから逆再生したものを保存します</translation>
    </message>
    <message>
        <source>&amp;Compare with Pictures</source>
        <translation>画像と比較(&amp;C)</translation>
    </message>
    <message>
        <source>The start (and end) image beside the video&apos;s first (and last) frame</source>
        <translation>開始（と終了）画像を、動画の最初（と最後）のフレームと並べます</translation>
    </message>
</context>
<context>
    <name>FrameCommands</name>
    <message>
        <source>Use This Frame as &amp;Start Image</source>
        <translation>このフレームを開始画像にする(&amp;S)</translation>
    </message>
    <message>
        <source>Use This Frame as &amp;End Image</source>
        <translation>このフレームを終了画像にする(&amp;E)</translation>
    </message>
    <message>
        <source>Taking the last frame of the video…</source>
        <translation>動画の最後のフレームを取り出しています…</translation>
    </message>
    <message>
        <source>The last frame is the start image now. Write what happens next.</source>
        <translation>最後のフレームが開始画像になりました。次に起こることを書いてください。</translation>
    </message>
    <message>
        <source>Play the video, then pause on the frame you want.</source>
        <translation>動画を再生し、使いたいフレームで一時停止してください。</translation>
    </message>
    <message>
        <source>Frame {index} is the end image now.</source>
        <translation>フレーム {index} が終了画像になりました。</translation>
    </message>
    <message>
        <source>Frame {index} is the start image now.</source>
        <translation>フレーム {index} が開始画像になりました。</translation>
    </message>
    <message>
        <source>The frame could not be kept: {reason}</source>
        <translation>フレームを保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>The picture could not be saved ({reason}).</source>
        <translation>画像を保存できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The frame could not be taken: something went wrong.</source>
        <translation>フレームを取り出せませんでした：問題が発生しました。</translation>
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <source>Crop frame</source>
        <extracomment>The frame moved or was resized (read it with :meth:`frame`).</extracomment>
        <translation>切り抜き枠</translation>
    </message>
    <message>
        <source>Keeps {w} × {h} px, from {x}, {y}, of the {width} × {height} px picture. Arrow keys move it; plus and minus resize it.</source>
        <translation>{width} × {height} px の画像のうち、{x}, {y} から {w} × {h} px を残します。矢印キーで移動、プラスとマイナスで大きさを変えます。</translation>
    </message>
    <message>
        <source>The picture as it will be sent.</source>
        <translation>送信される画像です。</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>画像を読み込み中…</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>last frame of {name}</source>
        <translation>{name} の最後のフレーム</translation>
    </message>
    <message>
        <source>frame {index} of {name}</source>
        <translation>{name} のフレーム {index}</translation>
    </message>
    <message>
        <source>The video file is missing: it may have been moved or deleted.</source>
        <translation>動画ファイルがありません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>The frame on screen could not be read. Try again once it shows.</source>
        <translation>表示中のフレームを読み込めませんでした。表示されてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Framing</name>
    <message>
        <source>Cropped to {shape} ({size}).</source>
        <extracomment>The shapes offered, by the names people know (Kling&apos;s videos are 16:9, 9:16 or 1:1).</extracomment>
        <translation>{shape} に切り抜きました（{size}）。</translation>
    </message>
    <message>
        <source>Bars added to make it {shape} ({size}).</source>
        <translation>帯を追加して {shape} にしました（{size}）。</translation>
    </message>
    <message>
        <source>Saved as a picture PoYo takes ({size}).</source>
        <translation>PoYo が受け付ける画像として保存しました（{size}）。</translation>
    </message>
    <message>
        <source>Enlarged from {width} × {height} px to {size}.</source>
        <translation>{width} × {height} px から {size} に拡大しました。</translation>
    </message>
    <message>
        <source>Made smaller from {width} × {height} px to {size}.</source>
        <translation>{width} × {height} px から {size} に縮小しました。</translation>
    </message>
    <message>
        <source>The end image is {end} and the start image {start}: Kling may crop or stretch between them.</source>
        <translation>終了画像は {end}、開始画像は {start} です：Kling が途中で切り取ったり引き伸ばしたりする場合があります。</translation>
    </message>
</context>
<context>
    <name>GenerateFooter</name>
    <message>
        <source>Generate video</source>
        <translation>動画を生成</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>料金</translation>
    </message>
    <message>
        <source>PoYo charges when the video is finished; a failed task costs nothing.</source>
        <translation>PoYo の請求は動画の完成時です。失敗したタスクは無料です。</translation>
    </message>
    <message>
        <source>Why Generate is not available</source>
        <translation>生成できない理由</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Send to PoYo and start making the video.</source>
        <translation>PoYo に送信して動画の作成を始めます。</translation>
    </message>
</context>
<context>
    <name>HistoryFilter</name>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Search prompts…</source>
        <translation>プロンプトを検索…</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>プロンプトを検索</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>状態で絞り込む</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>モデルで絞り込む</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>すべてのモデル</translation>
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
        <translation>{picture}を選ぶ（複数可）</translation>
    </message>
    <message>
        <source>Choose the {picture}</source>
        <translation>{picture}を選ぶ</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first, then paste.</source>
        <translation>クリップボードに画像がありません。先に写真か画像ファイルをコピーしてから貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>ImageIntake</name>
    <message>
        <source>Only one picture fits here; using {name}.</source>
        <translation>ここには画像を 1 枚しか置けません。{name} を使います。</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved on this computer.</source>
        <translation>貼り付けた画像をこのコンピューターに保存できませんでした。</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>ドロップした画像</translation>
    </message>
    <message>
        <source>This picture is on a web page. Save it to your computer first, then drop or choose the file.</source>
        <translation>この画像は Web ページ上にあります。先にコンピューターに保存し、そのファイルをドロップするか選んでください。</translation>
    </message>
    <message>
        <source>{picture} could not be checked.</source>
        <translation>{picture}を確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>ImageLimits</name>
    <message>
        <source>{subject} is damaged: only part of it could be read. Save it again or pick another.</source>
        <extracomment>Formats Kling takes as they are; the others are converted before upload. 10 MB, counted in decimal megabytes so that we stay under whichever unit the server means. Long side an upload is scaled down to; Kling&apos;s output is at most 1080p, so more is waste.</extracomment>
        <translation>{subject}は壊れています：一部しか読み込めませんでした。保存し直すか、別の画像を選んでください。</translation>
    </message>
    <message>
        <source>{subject} is damaged: it could not be read. Save it again or pick another.</source>
        <translation>{subject}は壊れています：読み込めませんでした。保存し直すか、別の画像を選んでください。</translation>
    </message>
    <message>
        <source>{subject} is too small ({width} × {height} px; at least {least} px needed).</source>
        <translation>{subject}が小さすぎます（{width} × {height} px。{least} px 以上必要です）。</translation>
    </message>
    <message>
        <source>{subject} is too wide ({width} × {height} px). Kling takes shapes from 1:2.5 to 2.5:1: crop it closer to a rectangle and try again.</source>
        <translation>{subject}が横長すぎます（{width} × {height} px）。Kling が扱えるのは 1:2.5～2.5:1 の形です。切り抜いてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{subject} is too tall ({width} × {height} px). Kling takes shapes from 1:2.5 to 2.5:1: crop it closer to a rectangle and try again.</source>
        <translation>{subject}が縦長すぎます（{width} × {height} px）。Kling が扱えるのは 1:2.5～2.5:1 の形です。切り抜いてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>{subject} is {size}; it will be made smaller before upload (the limit is {limit}).</source>
        <translation>{subject}は {size} です。アップロード前に小さくします（上限は {limit}）。</translation>
    </message>
    <message>
        <source>{subject} is a {format} file; it will be converted to JPEG or PNG before upload.</source>
        <translation>{subject}は {format} ファイルです。アップロード前に JPEG か PNG に変換します。</translation>
    </message>
    <message>
        <source>{subject} is animated; only its first frame will be used.</source>
        <translation>{subject}はアニメーションです。最初のフレームだけを使います。</translation>
    </message>
    <message>
        <source>{subject} is stored turned on its side; it will be sent upright, as shown here.</source>
        <translation>{subject}は横向きで保存されています。ここに表示されている向きで送信します。</translation>
    </message>
    <message>
        <source>{subject} is very large ({width} × {height} px); it will be scaled down to {side} px on the long side before upload.</source>
        <translation>{subject}はとても大きい画像です（{width} × {height} px）。アップロード前に長い辺を {side} px に縮小します。</translation>
    </message>
    <message>
        <source>converted from CMYK</source>
        <translation>CMYK から変換</translation>
    </message>
    <message>
        <source>converted from 16-bit colour</source>
        <translation>16 ビットカラーから変換</translation>
    </message>
    <message>
        <source>colours converted from {profile} to sRGB</source>
        <translation>色を {profile} から sRGB に変換</translation>
    </message>
    <message>
        <source>location removed</source>
        <translation>位置情報を削除</translation>
    </message>
    <message>
        <source>camera details removed</source>
        <translation>カメラ情報を削除</translation>
    </message>
    <message>
        <source>Before sending: {changes}.</source>
        <translation>送信前：{changes}。</translation>
    </message>
    <message>
        <source>Too wide for Kling, which takes shapes from 1:2.5 to 2.5:1.</source>
        <translation>Kling には横長すぎます。扱えるのは 1:2.5～2.5:1 の形です。</translation>
    </message>
    <message>
        <source>Too tall for Kling, which takes shapes from 1:2.5 to 2.5:1.</source>
        <translation>Kling には縦長すぎます。扱えるのは 1:2.5～2.5:1 の形です。</translation>
    </message>
    <message>
        <source>Too small for Kling, which needs {least} px on the short side.</source>
        <translation>Kling には小さすぎます。短い辺に {least} px 必要です。</translation>
    </message>
    <message>
        <source>PoYo does not take {format} files; this saves it as one it takes.</source>
        <translation>PoYo は {format} ファイルを受け付けません。受け付ける形式で保存します。</translation>
    </message>
    <message>
        <source>Larger than is sent: it is made smaller (at most {side} px).</source>
        <translation>送信サイズより大きいため、小さくします（最大 {side} px）。</translation>
    </message>
    <message>
        <source>The start image is {shape}: with an end image of the same shape, Kling neither crops nor stretches between them.</source>
        <translation>開始画像は {shape} です。終了画像も同じ形なら、Kling は途中で切り抜きも引き伸ばしもしません。</translation>
    </message>
    <message>
        <source>{subject} is not a picture, or the file is damaged.</source>
        <extracomment>File-name filter for open dialogs: the formats of image_limits.SUPPORTED_FORMATS. Extensions a dropped or pasted file may carry (checked again by content later).</extracomment>
        <translation>{subject}は画像ではないか、ファイルが壊れています。</translation>
    </message>
    <message>
        <source>{subject} is a {format} file, which PoYo does not take. Save it as JPEG or PNG and try again.</source>
        <translation>{subject}は {format} ファイルで、PoYo は受け付けません。JPEG か PNG で保存してもう一度お試しください。</translation>
    </message>
    <message>
        <source>{subject} is a kind of file PoYo does not take. Save it as JPEG or PNG and try again.</source>
        <translation>{subject}は PoYo が受け付けない種類のファイルです。JPEG か PNG で保存してもう一度お試しください。</translation>
    </message>
    <message>
        <source>{subject} is a folder, not a picture.</source>
        <translation>{subject}はフォルダーで、画像ではありません。</translation>
    </message>
    <message>
        <source>{subject} could not be found. Was the file moved or deleted?</source>
        <translation>{subject}が見つかりません。ファイルが移動または削除されていませんか？</translation>
    </message>
    <message>
        <source>{subject} could not be opened: this account may not read the file.</source>
        <translation>{subject}を開けませんでした：このアカウントにはファイルを読む権限がありません。</translation>
    </message>
    <message>
        <source>{subject} could not be read from the disk.</source>
        <translation>{subject}をディスクから読み込めませんでした。</translation>
    </message>
    <message>
        <source>{subject} is an empty file.</source>
        <translation>{subject}は空のファイルです。</translation>
    </message>
    <message>
        <source>{subject} is too large to open ({width} × {height} px). Make it smaller in a photo editor and try again.</source>
        <translation>{subject}は大きすぎて開けません（{width} × {height} px）。画像編集ソフトで小さくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>The folder “{name}” could not be opened.</source>
        <translation>フォルダー「{name}」を開けませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>From the folder “{name}”: %n picture(s), those directly inside it, by name</source>
        <translation>
            <numerusform>フォルダー「{name}」から：直下にある %n 枚の画像（名前順）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) ignored</source>
        <translation>
            <numerusform>ほかのファイル %n 個は無視</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) inside it not opened</source>
        <translation>
            <numerusform>中のフォルダー %n 個は開いていません</numerusform>
        </translation>
    </message>
    <message>
        <source>{picture} could not be checked.</source>
        <translation>{picture}を確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Own prompt</source>
        <translation>個別のプロンプト</translation>
    </message>
    <message>
        <source>Same as the prompt below</source>
        <translation>下のプロンプトと同じ</translation>
    </message>
    <message>
        <source>Videos of this picture</source>
        <translation>この画像の動画数</translation>
    </message>
    <message>
        <source>Make it again anyway</source>
        <translation>それでももう一度作る</translation>
    </message>
    <message>
        <source>Remove from batch</source>
        <translation>バッチから削除</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>This picture was {made}.</source>
        <translation>この画像は{made}です。</translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message>
        <source>(no prompt)</source>
        <translation>（プロンプトなし）</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>started {time} ago</source>
        <translation>{time}前に開始</translation>
    </message>
</context>
<context>
    <name>JobDisplay</name>
    <message>
        <source>Sending your video request…</source>
        <translation>動画のリクエストを送信しています…</translation>
    </message>
</context>
<context>
    <name>JobRecords</name>
    <message>
        <source>Something unexpected went wrong while sending this task, so it may or may not have been created.</source>
        <translation>このタスクの送信中に予期しない問題が起きたため、作成されたかどうかわかりません。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this task. You can try it again.</source>
        <translation>このタスクで予期しない問題が起きました。もう一度試すことができます。</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Running — {percent} %</source>
        <translation>処理中 — {percent}%</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>失敗：{message}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown — may have been created</source>
        <translation>不明 — 作成された可能性あり</translation>
    </message>
    <message>
        <source>Cancelled before it was sent — nothing was charged</source>
        <translation>送信前にキャンセル — 請求なし</translation>
    </message>
    <message>
        <source>Paused — not sent, not paid yet; resume it to send it</source>
        <translation>一時停止中 — 未送信、未払い。再開すると送信されます</translation>
    </message>
    <message>
        <source>The video file is missing: {path}</source>
        <translation>動画ファイルがありません：{path}</translation>
    </message>
    <message>
        <source>The video file is missing.</source>
        <translation>動画ファイルがありません。</translation>
    </message>
    <message>
        <source>Waiting for a free slot — not sent, not paid yet</source>
        <translation>空きを待っています — 未送信、未払い</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>写真をアップロード中…</translation>
    </message>
    <message>
        <source>Sending to PoYo…</source>
        <translation>PoYo に送信中…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>動画をダウンロード中…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The video file could not be deleted: {reason}.</source>
        <translation>動画ファイルを削除できませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Could not start this task again, because your task history could not be saved ({reason}). Nothing was sent; try again once that is fixed.</source>
        <translation>タスクの履歴を保存できなかったため、このタスクを再開できませんでした（{reason}）。何も送信されていません。解決したらもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>KeyPlace</name>
    <message>
        <source>This key comes from the POYO_API_KEY environment variable.</source>
        <translation>このキーは環境変数 POYO_API_KEY から読み込んでいます。</translation>
    </message>
    <message>
        <source>Your key is kept in the system keychain ({name}).</source>
        <translation>キーはシステムのキーチェーンに保存されています（{name}）。</translation>
    </message>
    <message>
        <source>Your key is not in the system keychain (it did not take the key when it was saved), so it is kept in a file that only your user account can read: {file}</source>
        <translation>キーはシステムのキーチェーンにありません（保存時に受け付けられませんでした）。そのため、あなたのユーザーアカウントだけが読めるファイルに保存されています：{file}</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer, so your key is kept in a file that only your user account can read: {file}</source>
        <translation>このコンピューターにはシステムのキーチェーンがないため、キーはあなたのユーザーアカウントだけが読めるファイルに保存されています：{file}</translation>
    </message>
    <message>
        <source>Your key will be kept in the system keychain ({name}).</source>
        <translation>キーはシステムのキーチェーンに保存されます（{name}）。</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer, so your key will be kept in a file that only your user account can read: {file}</source>
        <translation>このコンピューターにはシステムのキーチェーンがないため、キーはあなたのユーザーアカウントだけが読めるファイルに保存されます：{file}</translation>
    </message>
</context>
<context>
    <name>KeySavingBoxes</name>
    <message>
        <source>Saving your API key… If your computer asks to unlock its keychain, please do.</source>
        <translation>API キーを保存しています… キーチェーンのロック解除を求められたら、解除してください。</translation>
    </message>
    <message>
        <source>Saving your API key</source>
        <translation>API キーを保存中</translation>
    </message>
    <message>
        <source>Keep It in a File Instead</source>
        <translation>代わりにファイルに保存</translation>
    </message>
    <message>
        <source>The system keychain did not take your key</source>
        <translation>システムのキーチェーンにキーを保存できませんでした</translation>
    </message>
    <message>
        <source>{reason} Unlock the keychain and press Save to try again, or keep the key in a file instead: {file}

Only your user account can read that file, but it is not encrypted: programs you run, and copies of your files such as backups, can read it too.</source>
        <translation>{reason} キーチェーンのロックを解除して「保存」を押し、もう一度お試しください。または、キーを代わりにファイルに保存します：{file}

このファイルを読めるのはあなたのユーザーアカウントだけですが、暗号化はされていません。あなたが実行するプログラムや、バックアップなどのファイルのコピーからも読めます。</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {money}, %n video(s)</source>
        <translation>
            <numerusform>{period}：{money}、動画 %n 本</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your spending…</source>
        <translation>支出を読み込んでいます…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>購入履歴</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV を書き出す…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Demo videos this month: {count} (free: they count toward no limit)</source>
        <translation>今月のデモ動画：{count} 本（無料。どの上限にも数えません）</translation>
    </message>
    <message>
        <source>Export spending as CSV</source>
        <translation>支出を CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>The spending could not be exported</source>
        <translation>支出を書き出せませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n purchase(s) to {path}.</source>
        <translation>
            <numerusform>%n 件の購入を {path} に保存しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Expected (credits)</source>
        <translation>予定（クレジット）</translation>
    </message>
    <message>
        <source>Charged (credits)</source>
        <translation>請求（クレジット）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（デモ）</translation>
    </message>
    <message>
        <source>(removed from your history)</source>
        <translation>（履歴から削除済み）</translation>
    </message>
    <message>
        <source>, charged {credits}</source>
        <translation>、請求 {credits}</translation>
    </message>
    <message>
        <source>{date}, {model}, {length}, expected {expected}{paid}, {outcome}, {prompt}</source>
        <translation>{date}、{model}、{length}、予定 {expected}{paid}、{outcome}、{prompt}</translation>
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
            <numerusform>長さ %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitPrompt</name>
    <message>
        <source>Send anyway</source>
        <translation>このまま送信</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>待ち続ける</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Spending limit reached</source>
        <translation>支出の上限に達しました</translation>
    </message>
    <message numerus="yes">
        <source>%n videos are waiting: “{send}” sends them all, this once.</source>
        <translation>
            <numerusform>%n 本の動画が待機中です。「{send}」を押すと、今回に限りすべて送信します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The video waits in the list. “{send}” sends it this once; the limit stays for the next ones.</source>
        <translation>動画はリストで待機しています。「{send}」を押すと今回に限り送信します。次からも上限はそのままです。</translation>
    </message>
    <message numerus="yes">
        <source>Send all %n anyway</source>
        <translation>
            <numerusform>%n 本すべてをこのまま送信</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
    <message>
        <source>Make a Loop</source>
        <translation>ループを作成</translation>
    </message>
    <message>
        <source>Making a seamless loop of “{name}”: it plays forward, then backward, and starts again where it began.</source>
        <translation>「{name}」から継ぎ目のないループを作っています。順再生、逆再生のあと、最初に戻ります。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>The loop is ready, saved beside the video as “{name}”.</source>
        <translation>ループができました。動画と同じ場所に「{name}」として保存しました。</translation>
    </message>
    <message>
        <source>the file could not be written ({reason}).</source>
        <translation>ファイルを書き込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>The loop could not be made. {reason}</source>
        <translation>ループを作成できませんでした。{reason}</translation>
    </message>
</context>
<context>
    <name>LoopExport</name>
    <message>
        <source>The loop came out incomplete. Please try again.</source>
        <translation>ループが不完全になりました。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
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
        <translation>高画質、720p、開始画像のみ。</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Sharper 1080p, start and end images.</source>
        <translation>より鮮明な 1080p、開始画像と終了画像。</translation>
    </message>
    <message>
        <source>{name} model</source>
        <extracomment>Gap between the two model cards and between the two picture slots.</extracomment>
        <translation>{name} モデル</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>{credits} credit(s)</source>
        <translation>
            <numerusform>{credits} クレジット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{credits} credit(s) (about {dollars})</source>
        <translation>
            <numerusform>{credits} クレジット（約 {dollars}）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <source>the history file is in use by another program. Close that program and press Generate again.</source>
        <translation>履歴ファイルが別のプログラムで使用中です。そのプログラムを閉じて、もう一度「生成」を押してください。</translation>
    </message>
    <message>
        <source>the history file is in use by another program. Close that program and press Review again.</source>
        <translation>履歴ファイルが別のプログラムで使用中です。そのプログラムを閉じて、もう一度「確認」を押してください。</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and press Generate again.</source>
        <translation>ディスクがいっぱいです。空き容量を作ってから、もう一度「生成」を押してください。</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and press Review again.</source>
        <translation>ディスクがいっぱいです。空き容量を作ってから、もう一度「確認」を押してください。</translation>
    </message>
    <message>
        <source>{cause}. Press Generate again once the history can be written to.</source>
        <translation>{cause}。履歴に書き込めるようになったら、もう一度「生成」を押してください。</translation>
    </message>
    <message>
        <source>{cause}. Press Review again once the history can be written to.</source>
        <translation>{cause}。履歴に書き込めるようになったら、もう一度「確認」を押してください。</translation>
    </message>
    <message>
        <source>{cause}. Press Generate again once that is fixed.</source>
        <translation>{cause}。解決したら、もう一度「生成」を押してください。</translation>
    </message>
    <message>
        <source>{cause}. Press Review again once that is fixed.</source>
        <translation>{cause}。解決したら、もう一度「確認」を押してください。</translation>
    </message>
    <message>
        <source>something unexpected went wrong (the details are in the log). Press Generate again.</source>
        <translation>予期しない問題が起きました（詳細はログにあります）。もう一度「生成」を押してください。</translation>
    </message>
    <message>
        <source>something unexpected went wrong (the details are in the log). Press Review again.</source>
        <translation>予期しない問題が起きました（詳細はログにあります）。もう一度「確認」を押してください。</translation>
    </message>
    <message>
        <source>a copy of your picture could not be kept ({cause})</source>
        <translation>画像のコピーを保存できませんでした（{cause}）</translation>
    </message>
    <message>
        <source>Your video “{prompt}” was not sent: {reason}</source>
        <translation>動画「{prompt}」は送信されませんでした：{reason}</translation>
    </message>
    <message>
        <source>Your video was not sent: {reason}</source>
        <translation>動画は送信されませんでした：{reason}</translation>
    </message>
    <message>
        <source>the demo server could not be started. Press Generate to try again.</source>
        <translation>デモサーバーを起動できませんでした。もう一度試すには「生成」を押してください。</translation>
    </message>
    <message>
        <source>the demo server could not be started. Press Review to try again.</source>
        <translation>デモサーバーを起動できませんでした。もう一度試すには「確認」を押してください。</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notify me when a video is ready or fails while I am elsewhere</source>
        <translation>ほかの作業中に動画が完成または失敗したら通知する</translation>
    </message>
    <message>
        <source>Play a sound when a video is done</source>
        <translation>動画が完成したら音を鳴らす</translation>
    </message>
    <message>
        <source>Show the number of videos in progress in the title and taskbar</source>
        <translation>処理中の動画の数をタイトルとタスクバーに表示する</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>The list of your videos could not be read.</source>
        <translation>動画のリストを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>&lt;b&gt;Your videos&lt;/b&gt;</source>
        <translation>&lt;b&gt;あなたの動画&lt;/b&gt;</translation>
    </message>
    <message>
        <source>About the selected task</source>
        <translation>選択したタスクについて</translation>
    </message>
</context>
<context>
    <name>Patience</name>
    <message>
        <source>Cannot reach PoYo right now. The app keeps trying; nothing is lost.</source>
        <translation>現在 PoYo に接続できません。アプリは試し続けます。何も失われません。</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers are having trouble right now. The app keeps trying.</source>
        <translation>現在 PoYo のサーバーに問題が起きています。アプリは試し続けます。</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests. The app waits and keeps trying.</source>
        <translation>PoYo へのリクエストが多すぎます。アプリは待ってから試し続けます。</translation>
    </message>
    <message>
        <source>PoYo sent an answer the app could not understand. The app keeps trying.</source>
        <translation>PoYo からアプリが理解できない応答が届きました。アプリは試し続けます。</translation>
    </message>
    <message>
        <source>PoYo could not be reached for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>{minutes} 分間 PoYo に接続できなかったため、この動画は送信されず、請求もありません。「再試行」を押してもう一度お試しください。</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers had trouble for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo のサーバーで {minutes} 分間問題が続いたため、この動画は送信されず、請求もありません。「再試行」を押してもう一度お試しください。</translation>
    </message>
    <message>
        <source>PoYo was too busy for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo が {minutes} 分間混み合っていたため、この動画は送信されず、請求もありません。「再試行」を押してもう一度お試しください。</translation>
    </message>
    <message>
        <source>PoYo&apos;s answers could not be understood for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo の応答を {minutes} 分間理解できなかったため、この動画は送信されず、請求もありません。「再試行」を押してもう一度お試しください。</translation>
    </message>
    <message>
        <source>{reason} for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>{reason}（{minutes} 分間）。そのため、この動画は送信されず、請求もありません。「再試行」を押してもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>PictureFix</name>
    <message>
        <source>{subject} could not be saved after fixing: {reason}.</source>
        <translation>{subject}は修正後に保存できませんでした：{reason}。</translation>
    </message>
    <message>
        <source>{subject} could not be saved after fixing: a disk error.</source>
        <translation>{subject}は修正後に保存できませんでした：ディスクのエラーです。</translation>
    </message>
</context>
<context>
    <name>PictureSlots</name>
    <message>
        <source>Start image</source>
        <translation>開始画像</translation>
    </message>
    <message>
        <source>required: the first frame</source>
        <translation>必須：最初のフレーム</translation>
    </message>
    <message>
        <source>The start image</source>
        <translation>開始画像</translation>
    </message>
    <message>
        <source>End image</source>
        <translation>終了画像</translation>
    </message>
    <message>
        <source>optional: the last frame</source>
        <translation>任意：最後のフレーム</translation>
    </message>
    <message>
        <source>The end image</source>
        <translation>終了画像</translation>
    </message>
    <message>
        <source>One photo makes one video. Drop several photos, or a folder, to make a batch.</source>
        <translation>写真 1 枚で動画 1 本です。複数の写真やフォルダーをドロップするとバッチになります。</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The app stopped while sending this task, so it may or may not have been created.</source>
        <extracomment>The steps of a job&apos;s journey (uploads and their picture checks, status checks, downloads and their MP4 checks): loaded on a worker thread when the first job runs, not at start-up, so a window that sends nothing does not hold them.</extracomment>
        <translation>このタスクの送信中にアプリが停止したため、作成されたかどうかわかりません。</translation>
    </message>
    <message>
        <source>Your task history could not be updated either ({reason}).</source>
        <translation>タスクの履歴も更新できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>This task was accepted, but your task history could not be updated ({reason}). Press Retry to follow it: it will not be bought again.</source>
        <translation>このタスクは受け付けられましたが、タスクの履歴を更新できませんでした（{reason}）。「再試行」を押すと引き続き追跡します。もう一度購入されることはありません。</translation>
    </message>
    <message>
        <source>Could not save this task to your history ({reason}), so it was stopped before anything was charged.</source>
        <translation>このタスクを履歴に保存できなかったため（{reason}）、請求が発生する前に停止しました。</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>Play (Space)</source>
        <translation>再生（Space）</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>動画の再生位置</translation>
    </message>
    <message>
        <source>Drag or click to jump within the video</source>
        <translation>ドラッグまたはクリックで動画内を移動します</translation>
    </message>
    <message>
        <source>Loop: play the video again and again</source>
        <translation>ループ：動画を繰り返し再生します</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>消音</translation>
    </message>
    <message>
        <source>One frame back (,)</source>
        <translation>1 フレーム戻る（,）</translation>
    </message>
    <message>
        <source>One frame forward (.)</source>
        <translation>1 フレーム進む（.）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action}（Space）</translation>
    </message>
    <message>
        <source>The frame on screen: {frame}; the video is {total} long</source>
        <translation>表示中のフレーム：{frame}。動画の長さは {total} です</translation>
    </message>
    <message>
        <source>Sound is off — click to turn it on</source>
        <translation>音はオフです — クリックでオン</translation>
    </message>
    <message>
        <source>Sound is on — click to turn it off</source>
        <translation>音はオンです — クリックでオフ</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>消音</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>{time} · frame {index}</source>
        <translation>{time} · フレーム {index}</translation>
    </message>
    <message>
        <source>frame {index}</source>
        <translation>フレーム {index}</translation>
    </message>
</context>
<context>
    <name>PollStep</name>
    <message>
        <source>The demo server was restarted, so this simulated video was lost.</source>
        <translation>デモサーバーが再起動したため、このシミュレーションの動画は失われました。</translation>
    </message>
    <message>
        <source>PoYo no longer knows this task: it answered “not found” every time for 1 minute. PoYo may have removed it, or it belongs to another PoYo account (if you changed your API key). Press Retry to make the video again as a new task: it is charged again.</source>
        <translation>PoYo はこのタスクをもう認識していません：1 分間、毎回「見つかりません」と応答しました。PoYo が削除したか、別の PoYo アカウントのタスクである可能性があります（API キーを変更した場合）。「再試行」を押すと、新しいタスクとして動画をもう一度作成します。再度請求されます。</translation>
    </message>
    <message>
        <source>PoYo no longer knows this task: it answered “not found” every time for {minutes} minutes. PoYo may have removed it, or it belongs to another PoYo account (if you changed your API key). Press Retry to make the video again as a new task: it is charged again.</source>
        <translation>PoYo はこのタスクをもう認識していません：{minutes} 分間、毎回「見つかりません」と応答しました。PoYo が削除したか、別の PoYo アカウントのタスクである可能性があります（API キーを変更した場合）。「再試行」を押すと、新しいタスクとして動画をもう一度作成します。再度請求されます。</translation>
    </message>
    <message>
        <source>No good answer from PoYo for {minutes} minutes. Still trying. ({reason})</source>
        <translation>{minutes} 分間、PoYo から正常な応答がありません。引き続き試しています。（{reason}）</translation>
    </message>
    <message>
        <source>PoYo could not make this video (no reason was given).</source>
        <translation>PoYo はこの動画を作成できませんでした（理由は示されていません）。</translation>
    </message>
    <message>
        <source>{reason} Press Retry to ask PoYo about this task again: a new one is made (and charged) only if this one failed.</source>
        <translation>{reason}「再試行」を押すと、このタスクについて PoYo にもう一度問い合わせます。新しいタスクが作成（および請求）されるのは、このタスクが失敗していた場合だけです。</translation>
    </message>
</context>
<context>
    <name>PresetFile</name>
    <message>
        <source>The file is too big for a presets file ({size}; at most {most}).</source>
        <translation>プリセットファイルとしては大きすぎます（{size}。最大 {most}）。</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>ファイルを読み込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The file is damaged, or it is not a presets file: it is not whole JSON text.</source>
        <translation>ファイルが壊れているか、プリセットファイルではありません：完全な JSON テキストではありません。</translation>
    </message>
    <message>
        <source>The file is not a presets file of PoYo Desktop.</source>
        <translation>このファイルは PoYo Desktop のプリセットファイルではありません。</translation>
    </message>
    <message>
        <source>The file is damaged: it does not say its version.</source>
        <translation>ファイルが壊れています：バージョンが書かれていません。</translation>
    </message>
    <message>
        <source>The file was made by a newer PoYo Desktop (presets file version {version}): update the app to import it.</source>
        <translation>このファイルは新しい PoYo Desktop で作られました（プリセットファイルのバージョン {version}）。読み込むにはアプリを更新してください。</translation>
    </message>
    <message>
        <source>The file holds no presets.</source>
        <translation>ファイルにプリセットがありません。</translation>
    </message>
    <message>
        <source>The file holds {count} presets; at most {most}.</source>
        <translation>ファイルに {count} 個のプリセットがあります。最大 {most} 個です。</translation>
    </message>
    <message>
        <source>Preset number {number} of the file is damaged: it has no name.</source>
        <translation>ファイルの {number} 番目のプリセットが壊れています：名前がありません。</translation>
    </message>
    <message>
        <source>{what} cannot be used: {problem}</source>
        <translation>{what}は使えません：{problem}</translation>
    </message>
    <message>
        <source>{what} is damaged: it holds no settings.</source>
        <translation>{what}は壊れています：設定がありません。</translation>
    </message>
    <message>
        <source>The preset “{name}”</source>
        <translation>プリセット「{name}」</translation>
    </message>
    <message>
        <source>Preset number {number}</source>
        <translation>{number} 番目のプリセット</translation>
    </message>
    <message>
        <source>The start image of the preset “{name}”</source>
        <translation>プリセット「{name}」の開始画像</translation>
    </message>
    <message>
        <source>The end image of the preset “{name}”</source>
        <translation>プリセット「{name}」の終了画像</translation>
    </message>
    <message>
        <source>The start image of preset number {number}</source>
        <translation>{number} 番目のプリセットの開始画像</translation>
    </message>
    <message>
        <source>The end image of preset number {number}</source>
        <translation>{number} 番目のプリセットの終了画像</translation>
    </message>
    <message>
        <source>{what} is for a model this app does not know (“{model}”).</source>
        <translation>{what}は、このアプリが知らないモデル用です（「{model}」）。</translation>
    </message>
    <message>
        <source>{what} asks for a length this app does not offer (“{length}”).</source>
        <translation>{what}は、このアプリにない長さを指定しています（「{length}」）。</translation>
    </message>
    <message>
        <source>{what} is damaged: its prompt is not text.</source>
        <translation>{what}は壊れています：プロンプトがテキストではありません。</translation>
    </message>
    <message>
        <source>{what} is damaged: its negative prompt is not text.</source>
        <translation>{what}は壊れています：ネガティブプロンプトがテキストではありません。</translation>
    </message>
    <message>
        <source>{what} has a prompt of {count} characters; PoYo takes at most {most}.</source>
        <translation>{what}のプロンプトは {count} 文字です。PoYo が受け付けるのは最大 {most} 文字です。</translation>
    </message>
    <message>
        <source>{what} has a negative prompt of {count} characters; PoYo takes at most {most}.</source>
        <translation>{what}のネガティブプロンプトは {count} 文字です。PoYo が受け付けるのは最大 {most} 文字です。</translation>
    </message>
    <message>
        <source>{subject} is damaged: it holds no picture.</source>
        <translation>{subject}は壊れています：画像がありません。</translation>
    </message>
    <message>
        <source>{subject} is too big (at most {most}).</source>
        <translation>{subject}は大きすぎます（最大 {most}）。</translation>
    </message>
    <message>
        <source>{subject} is damaged: it could not be read.</source>
        <translation>{subject}は壊れています：読み込めませんでした。</translation>
    </message>
    <message>
        <source>{subject} is not a picture.</source>
        <translation>{subject}は画像ではありません。</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>プリセットに名前を付けてください。</translation>
    </message>
    <message>
        <source>A preset&apos;s name has at most {most} characters.</source>
        <translation>プリセット名は最大 {most} 文字です。</translation>
    </message>
</context>
<context>
    <name>PresetTransfer</name>
    <message>
        <source>Export Presets</source>
        <translation>プリセットを書き出す</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>プリセットを読み込む</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>プリセット (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>PoYo presets.json</source>
        <translation>PoYo プリセット.json</translation>
    </message>
    <message>
        <source>The presets could not be exported</source>
        <translation>プリセットを書き出せませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n preset(s) to {path}.</source>
        <translation>
            <numerusform>%n 個のプリセットを {path} に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pictures are inside the file.</source>
        <translation>画像もファイルに含まれています。</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>何も読み込みませんでした。{reason}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何も読み込みませんでした</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Nothing new: {names} is saved here already.</source>
        <translation>新しいものはありません：{names} はすでに保存されています。</translation>
    </message>
    <message>
        <source>Nothing new: {names} are saved here already.</source>
        <translation>新しいものはありません：{names} はすでに保存されています。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s): {names}.</source>
        <translation>
            <numerusform>%n 個のプリセットを読み込みました：{names}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved here already: {names}.</source>
        <translation>すでに保存済み：{names}。</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>A preset called “{name}” is saved already.</source>
        <translation>「{name}」というプリセットはすでにあります。</translation>
    </message>
</context>
<context>
    <name>PresetsButton</name>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Save the form as a preset, or fill it from one</source>
        <translation>フォームをプリセットとして保存、またはプリセットから入力します</translation>
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
            <numerusform>画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>「{prompt}」</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>プロンプトなし</translation>
    </message>
    <message>
        <source>a negative prompt</source>
        <translation>ネガティブプロンプトあり</translation>
    </message>
</context>
<context>
    <name>PresetsManage</name>
    <message>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Saved presets</source>
        <translation>保存したプリセット</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>To fill the form from a preset, pick it in the Presets menu.</source>
        <translation>プリセットからフォームに入力するには、「プリセット」メニューで選んでください。</translation>
    </message>
    <message>
        <source>“{name}” could not be renamed</source>
        <translation>「{name}」の名前を変更できませんでした</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? The form and your videos stay as they are.</source>
        <translation>プリセット「{name}」を削除しますか？フォームと動画はそのままです。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>“{name}” could not be deleted</source>
        <translation>「{name}」を削除できませんでした</translation>
    </message>
</context>
<context>
    <name>PresetsMenu</name>
    <message>
        <source>Save as Preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <source>Manage Presets…</source>
        <translation>プリセットを管理…</translation>
    </message>
    <message>
        <source>Export Presets…</source>
        <translation>プリセットを書き出す…</translation>
    </message>
    <message>
        <source>Import Presets…</source>
        <translation>プリセットを読み込む…</translation>
    </message>
    <message>
        <source>Reading presets…</source>
        <translation>プリセットを読み込み中…</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>プリセットはまだありません</translation>
    </message>
    <message>
        <source>The presets could not be read</source>
        <translation>プリセットを読み込めませんでした</translation>
    </message>
    <message>
        <source>Keep the form as it is now, by a name</source>
        <translation>今のフォームを名前を付けて保存します</translation>
    </message>
    <message>
        <source>The preset “{name}” could not be saved</source>
        <translation>プリセット「{name}」を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>PresetsSaveDialog</name>
    <message>
        <source>Save as Preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Keep the pictures with it</source>
        <translation>画像も一緒に保存する</translation>
    </message>
    <message>
        <source>Keep the form as it is now, to fill it again from the Presets menu.</source>
        <translation>今のフォームを保存し、あとで「プリセット」メニューから入力できるようにします。</translation>
    </message>
    <message>
        <source>What is saved</source>
        <translation>保存される内容</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>プリセット名</translation>
    </message>
    <message>
        <source>e.g. Slow pan over the sea</source>
        <translation>例：海の上をゆっくりパン</translation>
    </message>
    <message>
        <source>About the name</source>
        <translation>名前について</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>画像：</translation>
    </message>
    <message>
        <source>The form has no start or end image to keep.</source>
        <translation>フォームに保存できる開始画像・終了画像がありません。</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} と {second}</translation>
    </message>
    <message>
        <source>A copy of {names} goes with the preset: it works after the originals move.</source>
        <translation>{names} のコピーをプリセットと一緒に保存します。元のファイルを移動しても使えます。</translation>
    </message>
    <message>
        <source>Copies of {names} go with the preset: it works after the originals move.</source>
        <translation>{names} のコピーをプリセットと一緒に保存します。元のファイルを移動しても使えます。</translation>
    </message>
    <message>
        <source>The preset leaves the form&apos;s pictures as they are.</source>
        <translation>プリセットにはフォームの画像を含めません。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>A preset called “{name}” is saved already: saving replaces it.</source>
        <translation>「{name}」というプリセットはすでにあります。保存すると置き換えます。</translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln クレジット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Free in demo mode (%Ln credit(s) with a key)</source>
        <translation>
            <numerusform>デモモードでは無料（キー使用時 %Ln クレジット）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: {price}</source>
        <translation>費用：{price}</translation>
    </message>
    <message numerus="yes">
        <source>Free · %Ln with a key</source>
        <translation>
            <numerusform>無料 · キー使用時 %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemMessages</name>
    <message>
        <source>Only Pro can end on a chosen image.</source>
        <translation>選んだ画像で終われるのは Pro だけです。</translation>
    </message>
    <message>
        <source>This picture stays here but will not be sent with Standard.</source>
        <translation>この画像はここに残りますが、Standard では送信されません。</translation>
    </message>
    <message>
        <source>Checking {picture}…</source>
        <extracomment>Problems are shown in the order the fields appear on screen.</extracomment>
        <translation>{picture}を確認中…</translation>
    </message>
</context>
<context>
    <name>PromptFields</name>
    <message>
        <source>Negative prompt (optional)</source>
        <translation>ネガティブプロンプト（任意）</translation>
    </message>
    <message>
        <source>Describe what should happen, e.g. “The waves roll in slowly while the camera drifts to the right.”</source>
        <translation>何が起こるかを書いてください。例：「波がゆっくり打ち寄せ、カメラが右へ流れる。」</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>What should happen in the video.</source>
        <translation>動画の中で起こること。</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>プロンプトの長さ</translation>
    </message>
    <message>
        <source>Things the video should avoid</source>
        <translation>動画で避けたいもの</translation>
    </message>
    <message>
        <source>Things to avoid, e.g. blur, distorted faces, text</source>
        <translation>避けたいもの（例：ぼやけ、ゆがんだ顔、文字）</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>ネガティブプロンプト</translation>
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
        <translation>タスクの履歴を保存できなかったため、このタスクを一時停止できませんでした（{reason}）。送信も請求もされていません。</translation>
    </message>
    <message>
        <source>This task could not be resumed, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>タスクの履歴を保存できなかったため、このタスクを再開できませんでした（{reason}）。送信も請求もされていません。</translation>
    </message>
    <message>
        <source>This task could not be cancelled, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>タスクの履歴を保存できなかったため、このタスクをキャンセルできませんでした（{reason}）。送信も請求もされていません。</translation>
    </message>
    <message>
        <source>This task could not be put back in line, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>タスクの履歴を保存できなかったため、このタスクをキューに戻せませんでした（{reason}）。送信も請求もされていません。</translation>
    </message>
    <message>
        <source>This task could not be moved, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>タスクの履歴を保存できなかったため、このタスクを移動できませんでした（{reason}）。送信も請求もされていません。</translation>
    </message>
</context>
<context>
    <name>QueueEdits</name>
    <message>
        <source>This video is no longer in the list, so nothing was changed.</source>
        <translation>この動画はもうリストにないため、何も変更していません。</translation>
    </message>
    <message>
        <source>This model is not offered.</source>
        <translation>このモデルは提供されていません。</translation>
    </message>
    <message>
        <source>This video was sent to the demo server while you were editing it, so it can no longer change. Nothing was changed.</source>
        <translation>編集中にこの動画はデモサーバーに送信されたため、もう変更できません。何も変更していません。</translation>
    </message>
    <message>
        <source>This video was sent to PoYo while you were editing it, so it is paid and can no longer change. Nothing was changed.</source>
        <translation>編集中にこの動画は PoYo に送信されたため、支払い済みでもう変更できません。何も変更していません。</translation>
    </message>
    <message>
        <source>This video was cancelled, so nothing was changed: Send After All puts it back.</source>
        <translation>この動画はキャンセルされたため、何も変更していません。「やはり送信」で戻せます。</translation>
    </message>
    <message>
        <source>This video is being sent now (its pictures are uploading), so it was not changed. Pause it first if you want to edit it.</source>
        <translation>この動画は送信中（画像をアップロード中）のため、変更していません。編集するには先に一時停止してください。</translation>
    </message>
    <message>
        <source>This video is being changed already.</source>
        <translation>この動画はすでに変更中です。</translation>
    </message>
    <message>
        <source>This video could not be changed, because your task history could not be saved ({reason}). It is as it was.</source>
        <translation>タスクの履歴を保存できなかったため、この動画を変更できませんでした（{reason}）。元のままです。</translation>
    </message>
</context>
<context>
    <name>QueueMenu</name>
    <message numerus="yes">
        <source>{what}: {done} of %Ln selected task(s) ({left} not waiting to be sent).</source>
        <translation>
            <numerusform>{what}：選択した %Ln 件のタスクのうち {done} 件（{left} 件は送信待ちではありません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending paused — new videos wait until you resume</source>
        <translation>送信を一時停止中 — 新しい動画は再開まで待機します</translation>
    </message>
    <message numerus="yes">
        <source>Sending paused — %Ln waiting, nothing of them paid yet</source>
        <translation>
            <numerusform>送信を一時停止中 — %Ln 件が待機中、いずれも未払い</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting ({held} paused) · not paid yet</source>
        <translation>
            <numerusform>%Ln 件待機中（{held} 件一時停止）· 未払い</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting · not paid yet</source>
        <translation>
            <numerusform>%Ln 件待機中 · 未払い</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>{name} (copy {copy} of {copies})</source>
        <translation>{name}（{copies} 本中 {copy} 本目）</translation>
    </message>
    <message>
        <source>Review the batch</source>
        <extracomment>The person confirmed: record and send every video. Emitted once.</extracomment>
        <translation>バッチを確認</translation>
    </message>
    <message>
        <source>Videos to make</source>
        <translation>作成する動画</translation>
    </message>
    <message>
        <source>Spending limit</source>
        <translation>支出の上限</translation>
    </message>
    <message>
        <source>Balance warning</source>
        <translation>残高の警告</translation>
    </message>
    <message>
        <source>Not sent ({count}):</source>
        <translation>未送信（{count}）：</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Each video</source>
        <translation>1 本あたり</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>送信後の残高</translation>
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
            <numerusform>{model} · 各 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source> · ending on the same end image</source>
        <translation> · すべて同じ終了画像で終わります</translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s)?</source>
        <translation>
            <numerusform>%n 本の動画を作成しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>not touched: demo videos are free</source>
        <translation>変わりません：デモ動画は無料です</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>料金不明</translation>
    </message>
    <message>
        <source>free in demo mode ({credits} with a key)</source>
        <translation>デモモードでは無料（キー使用時 {credits}）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>Balance unknown: it could not be read just now.</source>
        <translation>残高不明：今は読み込めませんでした。</translation>
    </message>
    <message>
        <source>{short} short (you have {balance})</source>
        <translation>{short} 不足（残高 {balance}）</translation>
    </message>
    <message>
        <source>{left} left of {balance}</source>
        <translation>{balance} のうち {left} が残ります</translation>
    </message>
    <message numerus="yes">
        <source>Your balance pays for {paid} of these %n videos. PoYo will refuse the rest (nothing is charged for those): top up on poyo.ai first, or make fewer.</source>
        <translation>
            <numerusform>残高で払えるのは %n 本中 {paid} 本です。残りは PoYo に断られます（請求はありません）。先に poyo.ai でチャージするか、本数を減らしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s) (free)</source>
        <translation>
            <numerusform>%n 本の動画を作成（無料）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s)</source>
        <translation>
            <numerusform>%n 本の動画を作成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s) — {credits}</source>
        <translation>
            <numerusform>%n 本の動画を作成 — {credits}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Choose a model: Standard or Pro.</source>
        <translation>モデルを選んでください：Standard または Pro。</translation>
    </message>
    <message>
        <source>Write a prompt: describe what should happen.</source>
        <translation>プロンプトを書いてください：何が起こるかを説明します。</translation>
    </message>
    <message>
        <source>The prompt is {length} characters; PoYo accepts at most {limit}.</source>
        <translation>プロンプトは {length} 文字です。PoYo が受け付けるのは {limit} 文字までです。</translation>
    </message>
    <message>
        <source>Kling may ignore text beyond {limit} characters (this prompt has {length}).</source>
        <translation>Kling は {limit} 文字を超える部分を無視する場合があります（このプロンプトは {length} 文字）。</translation>
    </message>
    <message>
        <source>The negative prompt is {length} characters; PoYo accepts at most {limit}.</source>
        <translation>ネガティブプロンプトは {length} 文字です。PoYo が受け付けるのは {limit} 文字までです。</translation>
    </message>
    <message>
        <source>Choose a length of 5 or 10 seconds.</source>
        <translation>長さは 5 秒か 10 秒を選んでください。</translation>
    </message>
    <message>
        <source>Add a start image: the first frame of the video.</source>
        <translation>開始画像を追加してください：動画の最初のフレームです。</translation>
    </message>
    <message>
        <source>Only Kling 2.1 Pro takes an end image.</source>
        <translation>終了画像を使えるのは Kling 2.1 Pro だけです。</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Could not save your API key in the system keychain: it did not accept it (it may be locked, or its unlock prompt was closed). Nothing was saved.</source>
        <translation>API キーをシステムのキーチェーンに保存できませんでした：受け付けられませんでした（ロックされているか、ロック解除の画面が閉じられた可能性があります）。何も保存されていません。</translation>
    </message>
    <message>
        <source>Your API key was saved in the system keychain, but an older key in {file} could not be removed ({reason}), and it would be used instead. Remove that file, then save again.</source>
        <translation>API キーはシステムのキーチェーンに保存されましたが、{file} にある古いキーを削除できませんでした（{reason}）。このままでは古いキーが使われます。そのファイルを削除してから、もう一度保存してください。</translation>
    </message>
    <message>
        <source>Could not remove your API key from the system keychain: it did not allow it (it may be locked, or its unlock prompt was closed). Nothing was changed.</source>
        <translation>API キーをシステムのキーチェーンから削除できませんでした：許可されませんでした（ロックされているか、ロック解除の画面が閉じられた可能性があります）。何も変更されていません。</translation>
    </message>
    <message>
        <source>Could not remove your API key from {file}: {reason}.</source>
        <translation>API キーを {file} から削除できませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Could not save your API key: {reason}.</source>
        <translation>API キーを保存できませんでした：{reason}。</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>The start image</source>
        <translation>開始画像</translation>
    </message>
    <message>
        <source>The end image</source>
        <translation>終了画像</translation>
    </message>
    <message>
        <source>The start image is missing.</source>
        <translation>開始画像がありません。</translation>
    </message>
    <message>
        <source>The end image is missing.</source>
        <translation>終了画像がありません。</translation>
    </message>
    <message>
        <source>The start image could not be read: {reason}.</source>
        <translation>開始画像を読み込めませんでした：{reason}。</translation>
    </message>
    <message>
        <source>The end image could not be read: {reason}.</source>
        <translation>終了画像を読み込めませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Uploading the start image failed. {words}</source>
        <translation>開始画像のアップロードに失敗しました。{words}</translation>
    </message>
    <message>
        <source>Uploading the end image failed. {words}</source>
        <translation>終了画像のアップロードに失敗しました。{words}</translation>
    </message>
    <message>
        <source>The app was closed while sending this task, so it may or may not have been created.</source>
        <translation>このタスクの送信中にアプリが閉じられたため、作成されたかどうかわかりません。</translation>
    </message>
    <message>
        <source>Not sent: today&apos;s spending could not be checked ({reason}). Nothing was charged; try again once that is fixed.</source>
        <translation>送信していません：今日の支出を確認できませんでした（{reason}）。請求はありません。解決したらもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SendingPause</name>
    <message>
        <source>Sending is paused, but this could not be kept for the next start, because your task history could not be saved ({reason}).</source>
        <translation>送信を一時停止しましたが、タスクの履歴を保存できなかったため、次回の起動には引き継がれません（{reason}）。</translation>
    </message>
    <message>
        <source>Sending is resumed, but this could not be kept for the next start, because your task history could not be saved ({reason}).</source>
        <translation>送信を再開しましたが、タスクの履歴を保存できなかったため、次回の起動には引き継がれません（{reason}）。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a folder for your videos.</source>
        <translation>動画の保存先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>That path is a file, not a folder.</source>
        <translation>そのパスはファイルで、フォルダーではありません。</translation>
    </message>
    <message>
        <source>You do not have permission to save files in that folder.</source>
        <translation>そのフォルダーにファイルを保存する権限がありません。</translation>
    </message>
    <message>
        <source>Check every {low} to {high} seconds.</source>
        <translation>確認の間隔は {low}～{high} 秒にしてください。</translation>
    </message>
    <message>
        <source>Choose {low} to {high} tasks.</source>
        <translation>タスク数は {low}～{high} にしてください。</translation>
    </message>
    <message>
        <source>A callback address must start with https://.</source>
        <translation>コールバックのアドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>サーバーのアドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The amount to ask about must be {low} to {high} credits.</source>
        <translation>確認する金額は {low}～{high} クレジットにしてください。</translation>
    </message>
    <message>
        <source>The daily limit must be {low} to {high} credits.</source>
        <translation>1 日の上限は {low}～{high} クレジットにしてください。</translation>
    </message>
    <message>
        <source>The limit for this session must be {low} to {high} credits.</source>
        <translation>このセッションの上限は {low}～{high} クレジットにしてください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Your saved API key could not be read</source>
        <translation>保存した API キーを読み込めませんでした</translation>
    </message>
    <message>
        <source>Save videos in</source>
        <translation>動画の保存先</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Could not save your API key</source>
        <translation>API キーを保存できませんでした</translation>
    </message>
    <message>
        <source>Your API key was removed.</source>
        <translation>API キーを削除しました。</translation>
    </message>
    <message>
        <source>Switching to demo mode</source>
        <translation>デモモードに切り替え中</translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation>切り替え中…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>{problem} Your key is still in the box above: press Save to try again.</source>
        <translation>{problem} キーは上の欄に残っています。「保存」を押してもう一度お試しください。</translation>
    </message>
    <message>
        <source>Your API key was removed, but the demo server could not be started: {error}. It is tried again when you make a video.</source>
        <translation>API キーを削除しましたが、デモサーバーを起動できませんでした：{error}。動画を作るときにもう一度試します。</translation>
    </message>
    <message>
        <source>Switching to demo mode: starting the demo server… New videos wait until it runs; nothing goes to PoYo.</source>
        <translation>デモモードに切り替えています：デモサーバーを起動中… 起動するまで新しい動画は待機します。PoYo には何も送信されません。</translation>
    </message>
    <message>
        <source>Could not save your API key: something unexpected went wrong.</source>
        <translation>API キーを保存できませんでした：予期しない問題が発生しました。</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Paste your PoYo API key</source>
        <translation>PoYo の API キーを貼り付け</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Checking where your key is kept…</source>
        <translation>キーの保存場所を確認しています…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>No key yet? Create one on &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt;. Without a key the app runs in demo mode.</source>
        <translation>キーをお持ちでない場合は &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt; で作成してください。キーがないとアプリはデモモードで動きます。</translation>
    </message>
    <message>
        <source>Your PoYo API key:</source>
        <translation>PoYo の API キー：</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>ダウンロードフォルダー</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Status check interval</source>
        <translation>状態確認の間隔</translation>
    </message>
    <message>
        <source>Videos in progress at once</source>
        <translation>同時に処理する動画数</translation>
    </message>
    <message>
        <source>Save videos in:</source>
        <translation>動画の保存先：</translation>
    </message>
    <message>
        <source>Check progress every:</source>
        <translation>進行状況の確認間隔：</translation>
    </message>
    <message>
        <source>Videos in progress at once:</source>
        <translation>同時に処理する動画数：</translation>
    </message>
    <message>
        <source>More than this wait their turn in the list; none is paid before it is sent.</source>
        <translation>これを超える分はリストで順番を待ちます。送信されるまで支払いは発生しません。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Optional: https://… (most people leave this empty)</source>
        <translation>任意：https://…（ほとんどの方は空欄のままです）</translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation>コールバックのアドレス</translation>
    </message>
    <message>
        <source>Tell me when a new version is out</source>
        <translation>新しいバージョンが出たら知らせる</translation>
    </message>
    <message>
        <source>Keep the place and camera details in photos I send</source>
        <translation>送信する写真の撮影場所とカメラの情報を残す</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>サーバーのアドレス：</translation>
    </message>
    <message>
        <source>Callback address:</source>
        <translation>コールバックのアドレス：</translation>
    </message>
    <message>
        <source>Most people never change these.</source>
        <translation>ほとんどの方は変更しません。</translation>
    </message>
    <message>
        <source>When this is off, where a photo was taken and the camera&apos;s make, model and serial number are removed before the photo is uploaded.</source>
        <translation>オフにすると、写真をアップロードする前に撮影場所とカメラのメーカー、機種、シリアル番号を取り除きます。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>A new language applies when you start the app again.</source>
        <translation>新しい言語はアプリを次に起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Once a week, with a link to what is new. Nothing is downloaded by itself.</source>
        <translation>週に 1 回、新機能へのリンク付きでお知らせします。自動でダウンロードはしません。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システムに合わせる</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Videos</source>
        <translation>動画(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;pending</source>
        <translation>支出(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>通知(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定の項目</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>On a picture box</source>
        <translation>画像欄で</translation>
    </message>
    <message>
        <source>Paste a copied picture</source>
        <translation>コピーした画像を貼り付け</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>画像を削除</translation>
    </message>
    <message>
        <source>In Your videos</source>
        <translation>「あなたの動画」で</translation>
    </message>
    <message>
        <source>Play the selected video</source>
        <translation>選択した動画を再生</translation>
    </message>
    <message>
        <source>Hold its video a frame back or forward</source>
        <translation>その動画を 1 フレーム戻す・進める</translation>
    </message>
    <message>
        <source>Remove it from the list</source>
        <translation>リストから削除</translation>
    </message>
    <message>
        <source>Open its menu</source>
        <translation>メニューを開く</translation>
    </message>
    <message>
        <source>In the preview</source>
        <translation>プレビューで</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>再生・一時停止</translation>
    </message>
    <message>
        <source>A second back or forward</source>
        <translation>1 秒戻る・進む</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>1 フレーム戻る</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>1 フレーム進む</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>次・前の欄</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>ダイアログを閉じる</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>or</source>
        <translation>または</translation>
    </message>
</context>
<context>
    <name>SlotCommands</name>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>画像を貼り付け</translation>
    </message>
    <message>
        <source>Crop or fix…</source>
        <translation>切り抜き・修正…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>画像を削除</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>メッセージをコピー</translation>
    </message>
</context>
<context>
    <name>SlotFixing</name>
    <message>
        <source>Fix this picture…</source>
        <translation>この画像を修正…</translation>
    </message>
    <message>
        <source>Crop to match the start image…</source>
        <translation>開始画像に合わせて切り抜き…</translation>
    </message>
</context>
<context>
    <name>SlotLook</name>
    <message>
        <source>{picture} preview</source>
        <translation>{picture}のプレビュー</translation>
    </message>
</context>
<context>
    <name>SlotView</name>
    <message>
        <source>No picture yet. Drop a photo here, press Ctrl+V to paste, or Space to browse.</source>
        <translation>画像はまだありません。ここに写真をドロップするか、Ctrl+V で貼り付けるか、スペースキーで参照してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Remove the {picture}</source>
        <translation>{picture}を削除</translation>
    </message>
    <message>
        <source>Remove {picture}</source>
        <translation>{picture}を削除</translation>
    </message>
    <message>
        <source>Drop a photo here, or Browse… / Paste</source>
        <translation>ここに写真をドロップ、または 参照… / 貼り付け</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for the {picture}</source>
        <translation>{picture}を参照</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, WebP or GIF file</source>
        <translation>JPEG、PNG、WebP、GIF ファイルを選んでください</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Paste the {picture}</source>
        <translation>{picture}を貼り付け</translation>
    </message>
    <message>
        <source>Use the picture or image file you copied (Ctrl+V)</source>
        <translation>コピーした画像や画像ファイルを使います（Ctrl+V）</translation>
    </message>
</context>
<context>
    <name>SpendingPhrases</name>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>未作成</translation>
    </message>
    <message>
        <source>amount to ask about</source>
        <translation>確認する金額</translation>
    </message>
    <message>
        <source>daily limit</source>
        <translation>1 日の上限</translation>
    </message>
    <message>
        <source>limit for this session</source>
        <translation>このセッションの上限</translation>
    </message>
    <message numerus="yes">
        <source>Make this %n-second Pro video for {price}?</source>
        <translation>
            <numerusform>この %n 秒の Pro 動画を {price} で作成しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make this %n-second Standard video for {price}?</source>
        <translation>
            <numerusform>この %n 秒の Standard 動画を {price} で作成しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the {what} in credits, for example 1000.</source>
        <translation>{what}をクレジットで入力してください（例：1000）。</translation>
    </message>
    <message>
        <source>The {what} must be a whole number of credits, for example 1000 (not “{text}”).</source>
        <translation>{what}はクレジットの整数で入力してください（例：1000。「{text}」は使えません）。</translation>
    </message>
    <message>
        <source>The {what} must be {low} to {high} credits.</source>
        <translation>{what}は {low}～{high} クレジットにしてください。</translation>
    </message>
    <message>
        <source>Your {limit}-credit daily limit stops this batch</source>
        <translation>1 日の上限 {limit} クレジットでこのバッチは止まります</translation>
    </message>
    <message>
        <source>Your {limit}-credit limit for this session stops this batch</source>
        <translation>このセッションの上限 {limit} クレジットでこのバッチは止まります</translation>
    </message>
    <message numerus="yes">
        <source>{stops} before its first video: all %n will wait and ask you first.</source>
        <translation>
            <numerusform>{stops}（最初の動画の前）。%n 本すべてが待機し、先に確認を求めます。</numerusform>
        </translation>
    </message>
    <message>
        <source>{stops} at its last video: that one will wait and ask you first.</source>
        <translation>{stops}（最後の動画）。その 1 本は待機し、先に確認を求めます。</translation>
    </message>
    <message numerus="yes">
        <source>{stops} at video {next}: {fits} fit, the other %n will wait and ask you first.</source>
        <translation>
            <numerusform>{stops}（{next} 本目）。{fits} 本は上限内で、残り %n 本は待機し、先に確認を求めます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingSettings</name>
    <message>
        <source>Ask me before any single video over</source>
        <translation>1 本の動画がこの額を超えたら確認する</translation>
    </message>
    <message>
        <source>Daily limit:</source>
        <translation>1 日の上限：</translation>
    </message>
    <message>
        <source>Limit for this session:</source>
        <translation>このセッションの上限：</translation>
    </message>
    <message>
        <source>Ask before a video over (credits)</source>
        <translation>確認する動画の金額（クレジット）</translation>
    </message>
    <message>
        <source>Daily limit (credits)</source>
        <translation>1 日の上限（クレジット）</translation>
    </message>
    <message>
        <source>Limit for this session (credits)</source>
        <translation>このセッションの上限（クレジット）</translation>
    </message>
    <message>
        <source>A video that would go over a limit waits, and you are asked. A session lasts from when you start the app until you quit it. Demo videos never count. File › Spending… shows what you spent.</source>
        <translation>上限を超える動画は待機し、確認を求めます。セッションはアプリを起動してから終了するまでです。デモ動画は数えません。使った額は ファイル › 支出… で確認できます。</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>クレジット</translation>
    </message>
    <message>
        <source>credits (about {dollars})</source>
        <translation>クレジット（約 {dollars}）</translation>
    </message>
</context>
<context>
    <name>SpendingWords</name>
    <message>
        <source>Not sent: today&apos;s spending would reach {reach} of your {limit}-credit daily limit (about {dollars}). Raise the limit in Settings or send it anyway.</source>
        <translation>送信しませんでした：今日の支出が {reach} クレジットになり、1 日の上限 {limit} クレジットを超えます（約 {dollars}）。設定で上限を上げるか、このまま送信してください。</translation>
    </message>
    <message>
        <source>Not sent: spending since the app started would reach {reach} of your {limit}-credit limit for this session (about {dollars}). Raise the limit in Settings or send it anyway.</source>
        <translation>送信しませんでした：アプリの起動以降の支出が {reach} クレジットになり、このセッションの上限 {limit} クレジットを超えます（約 {dollars}）。設定で上限を上げるか、このまま送信してください。</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Demo mode — simulated videos</source>
        <translation>デモモード — シミュレート動画</translation>
    </message>
    <message>
        <source>PoYo answers again: your videos carry on.</source>
        <translation>PoYo が再び応答しました。動画の処理を続けます。</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>サーバー：{server}</translation>
    </message>
    <message>
        <source>Your videos wait; nothing is lost.</source>
        <translation>動画は待機中です。何も失われません。</translation>
    </message>
    <message>
        <source>Videos are simulated on this computer, for free. Add your PoYo API key in Settings to make real ones.</source>
        <translation>動画はこのコンピューター上で無料でシミュレートされます。本物の動画を作るには、設定で PoYo の API キーを追加してください。</translation>
    </message>
    <message>
        <source>Connecting to PoYo…</source>
        <translation>PoYo に接続中…</translation>
    </message>
    <message>
        <source>Connecting to PoYo at {server}…</source>
        <translation>{server} の PoYo に接続中…</translation>
    </message>
    <message>
        <source>Connected to PoYo</source>
        <translation>PoYo に接続済み</translation>
    </message>
    <message>
        <source>Connected to PoYo at {server}</source>
        <translation>{server} の PoYo に接続済み</translation>
    </message>
    <message>
        <source>Balance read at {time}.</source>
        <translation>残高は {time} に読み込みました。</translation>
    </message>
    <message>
        <source>Balance read.</source>
        <translation>残高を読み込みました。</translation>
    </message>
    <message>
        <source>It is read again after each video and every minute or so while videos are being made.</source>
        <translation>動画が 1 本終わるたびと、作成中は約 1 分ごとに読み込み直します。</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key — check it in Settings</source>
        <translation>PoYo が API キーを受け付けませんでした — 設定で確認してください</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key.</source>
        <translation>PoYo が API キーを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach PoYo — retrying…</source>
        <translation>PoYo に接続できません — 再試行中…</translation>
    </message>
    <message>
        <source>Cannot reach PoYo at {server} — retrying…</source>
        <translation>{server} の PoYo に接続できません — 再試行中…</translation>
    </message>
    <message>
        <source>PoYo is having trouble — retrying…</source>
        <translation>PoYo に問題が起きています — 再試行中…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>Could not open your task history</source>
        <translation>タスクの履歴を開けませんでした</translation>
    </message>
    <message>
        <source>Could not read your task history</source>
        <translation>タスクの履歴を読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not save your task history</source>
        <translation>タスクの履歴を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not keep a copy of your image</source>
        <translation>画像のコピーを保存できませんでした</translation>
    </message>
    <message>
        <source>Your task history was saved by a newer version of PoYo Desktop (history format {found}; this version understands up to {supported}). Please update PoYo Desktop. Your history was left untouched.</source>
        <translation>タスクの履歴は新しいバージョンの PoYo Desktop で保存されています（履歴の形式 {found}。このバージョンが扱えるのは {supported} までです）。PoYo Desktop を更新してください。履歴はそのままです。</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>ディスクがエラーを報告しました</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>PoYo Desktop is not allowed to change the history file</source>
        <translation>PoYo Desktop には履歴ファイルを変更する権限がありません</translation>
    </message>
    <message>
        <source>another program is using the history file; try again</source>
        <translation>別のプログラムが履歴ファイルを使用中です。もう一度試してください</translation>
    </message>
    <message>
        <source>the history file is damaged; restart PoYo Desktop to repair it</source>
        <translation>履歴ファイルが壊れています。修復するには PoYo Desktop を再起動してください</translation>
    </message>
    <message>
        <source>PoYo Desktop is not allowed to read or write the file</source>
        <translation>PoYo Desktop にはこのファイルを読み書きする権限がありません</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>履歴ファイルは読み取り専用です</translation>
    </message>
    <message>
        <source>the history file could not be opened</source>
        <translation>履歴ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>コンピューターのメモリが足りなくなりました</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクは読み取り専用です</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>ファイルが見つかりませんでした</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>それはファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>{action}: {reason}.</source>
        <translation>{action}：{reason}。</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; none of your tasks could be recovered.</source>
        <translation>履歴ファイルが壊れていました。コピーを {path} に残しています。タスクは 1 つも復元できませんでした。</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; 1 of your tasks was recovered.</source>
        <translation>履歴ファイルが壊れていました。コピーを {path} に残しています。タスクを 1 つ復元しました。</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; {count} of your tasks were recovered.</source>
        <translation>履歴ファイルが壊れていました。コピーを {path} に残しています。タスクを {count} 個復元しました。</translation>
    </message>
    <message>
        <source>The history file belongs to another program, so PoYo Desktop left it untouched.</source>
        <translation>履歴ファイルは別のプログラムのものなので、PoYo Desktop は手を付けていません。</translation>
    </message>
    <message>
        <source>the history file or its folder is read-only</source>
        <translation>履歴ファイルまたはそのフォルダーは読み取り専用です</translation>
    </message>
</context>
<context>
    <name>TaskAlerts</name>
    <message numerus="yes">
        <source>%n video(s) in progress</source>
        <translation>
            <numerusform>%n 本の動画を処理中</numerusform>
        </translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>「{prompt}」</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>あなたの動画</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>Your video failed</source>
        <translation>動画の作成に失敗しました</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>動画が完成しました</translation>
    </message>
    <message>
        <source>Click to watch it.</source>
        <translation>クリックして見る。</translation>
    </message>
</context>
<context>
    <name>TaskChoices</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Check Status Again</source>
        <translation>状態をもう一度確認</translation>
    </message>
    <message>
        <source>Submit Again</source>
        <translation>もう一度送信</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Send Next</source>
        <translation>次に送信</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Send Last</source>
        <translation>最後に送信</translation>
    </message>
    <message>
        <source>Cancel (Not Paid)</source>
        <translation>キャンセル（未払い）</translation>
    </message>
    <message>
        <source>Send After All</source>
        <translation>やはり送信</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message>
        <source>Why {name} is not available:</source>
        <translation>{name}を使えない理由：</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} と {last}</translation>
    </message>
    <message>
        <source>Why {names} are not available:</source>
        <translation>{names}を使えない理由：</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Task ID copied.</source>
        <translation>タスク ID をコピーしました。</translation>
    </message>
    <message>
        <source>Task settings copied as JSON.</source>
        <translation>タスクの設定を JSON でコピーしました。</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <source>Remove this task from your history?</source>
        <translation>このタスクを履歴から削除しますか？</translation>
    </message>
    <message>
        <source>Also delete the video file</source>
        <translation>動画ファイルも削除する</translation>
    </message>
    <message>
        <source>It is still in progress; the app will stop following it.</source>
        <translation>まだ処理中です。アプリはこのタスクの追跡をやめます。</translation>
    </message>
</context>
<context>
    <name>TaskDecisions</name>
    <message>
        <source>This task was made in demo mode, so it can be retried only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>このタスクはデモモードで作成されたため、デモモードでしか再試行できません：設定で API キーを削除するか、--demo を付けて PoYo Desktop を起動してください。</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be checked again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>このタスクはデモモードで作成されたため、デモモードでしかもう一度確認できません：設定で API キーを削除するか、--demo を付けて PoYo Desktop を起動してください。</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be sent again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>このタスクはデモモードで作成されたため、デモモードでしかもう一度送信できません：設定で API キーを削除するか、--demo を付けて PoYo Desktop を起動してください。</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be checked again or sent again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>このタスクはデモモードで作成されたため、デモモードでしかもう一度確認または送信できません：設定で API キーを削除するか、--demo を付けて PoYo Desktop を起動してください。</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be followed only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>このタスクはデモモードで作成されたため、デモモードでしか追跡できません：設定で API キーを削除するか、--demo を付けて PoYo Desktop を起動してください。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be retried only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>このタスクはあなたの PoYo アカウントで作成されたため、API キーがないと再試行できません：設定でキーを追加してください（追加済みなら、--demo を付けずに PoYo Desktop を起動してください）。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be checked again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>このタスクはあなたの PoYo アカウントで作成されたため、API キーがないともう一度確認できません：設定でキーを追加してください（追加済みなら、--demo を付けずに PoYo Desktop を起動してください）。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be sent again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>このタスクはあなたの PoYo アカウントで作成されたため、API キーがないともう一度送信できません：設定でキーを追加してください（追加済みなら、--demo を付けずに PoYo Desktop を起動してください）。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be checked again or sent again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>このタスクはあなたの PoYo アカウントで作成されたため、API キーがないともう一度確認または送信できません：設定でキーを追加してください（追加済みなら、--demo を付けずに PoYo Desktop を起動してください）。</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be followed only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>このタスクはあなたの PoYo アカウントで作成されたため、API キーがないと追跡できません：設定でキーを追加してください（追加済みなら、--demo を付けずに PoYo Desktop を起動してください）。</translation>
    </message>
    <message>
        <source>Already sent to PoYo — it is paid and can only stop being followed (Remove from List stops following it).</source>
        <translation>すでに PoYo に送信済みです — 支払い済みのため、追跡をやめることしかできません（「リストから削除」で追跡をやめます）。</translation>
    </message>
    <message>
        <source>already sent, paid</source>
        <translation>送信済み・支払い済み</translation>
    </message>
    <message>
        <source>PoYo could not make this video.</source>
        <translation>PoYo はこの動画を作成できませんでした。</translation>
    </message>
    <message>
        <source>{message} It was not made again by itself, because the app now uses your PoYo account (a new task is charged): press Retry to make it again here.</source>
        <translation>{message}アプリが現在あなたの PoYo アカウントを使っているため（新しいタスクには請求があります）、自動では作り直していません：ここで作り直すには「再試行」を押してください。</translation>
    </message>
    <message>
        <source>{message} It was not made again by itself, because the app now uses demo mode: press Retry to make it again here.</source>
        <translation>{message}アプリが現在デモモードを使っているため、自動では作り直していません：ここで作り直すには「再試行」を押してください。</translation>
    </message>
    <message>
        <source>only in demo mode</source>
        <translation>デモモードでのみ</translation>
    </message>
    <message>
        <source>needs your API key</source>
        <translation>API キーが必要</translation>
    </message>
</context>
<context>
    <name>TaskListView</name>
    <message>
        <source>Enter plays the video, Space pauses it, Delete removes it, Shift+F10 opens its menu.</source>
        <translation>Enter で動画を再生、スペースで一時停止、Delete で削除、Shift+F10 でメニューを開きます。</translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation>動画はまだありません</translation>
    </message>
    <message>
        <source>Pick a photo, describe what should happen, and your videos appear here.</source>
        <translation>写真を選び、何が起こるかを書くと、ここに動画が表示されます。</translation>
    </message>
    <message>
        <source>No videos match</source>
        <translation>一致する動画はありません</translation>
    </message>
    <message>
        <source>Try other words, or clear the filter.</source>
        <translation>別の言葉を試すか、絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>Your videos</source>
        <translation>あなたの動画</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Tell you when a new version of {app} is out? It looks once a week. &lt;a href=&apos;yes&apos;&gt;Yes&lt;/a&gt; · &lt;a href=&apos;no&apos;&gt;No&lt;/a&gt;</source>
        <translation>{app} の新しいバージョンが出たらお知らせしますか？確認は週に 1 回です。&lt;a href=&apos;yes&apos;&gt;はい&lt;/a&gt; · &lt;a href=&apos;no&apos;&gt;いいえ&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{app} {version} is out: &lt;a href=&apos;{url}&apos;&gt;see what is new&lt;/a&gt;</source>
        <translation>{app} {version} が出ました：&lt;a href=&apos;{url}&apos;&gt;新機能を見る&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>UploadImage</name>
    <message>
        <source>{subject} could not be prepared for upload: {reason}.</source>
        <extracomment>Formats that lose nothing: a picture in one is tried as PNG first when re-encoded.</extracomment>
        <translation>{subject}をアップロード用に準備できませんでした：{reason}。</translation>
    </message>
    <message>
        <source>{subject} could not be prepared for upload: a disk error.</source>
        <translation>{subject}をアップロード用に準備できませんでした：ディスクのエラーです。</translation>
    </message>
    <message>
        <source>{subject} could not be made smaller than {limit}.</source>
        <translation>{subject}を {limit} 未満に縮小できませんでした。</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>動画のプレビュー</translation>
    </message>
    <message>
        <source>Your videos appear here.</source>
        <translation>動画はここに表示されます。</translation>
    </message>
    <message>
        <source>Choose a photo, write a sentence, press Generate.</source>
        <translation>写真を選び、1 文書いて、「生成」を押してください。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>移動、名前の変更、または削除された可能性があります。</translation>
    </message>
    <message>
        <source>Stopped. Press Play to watch again.</source>
        <translation>停止しました。「再生」でもう一度見られます。</translation>
    </message>
    <message>
        <source>The video file is missing.</source>
        <translation>動画ファイルがありません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Save video as</source>
        <translation>動画を保存</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Could not save the video: {reason}</source>
        <translation>動画を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>This video can&apos;t be played. The file may be damaged or incomplete.</source>
        <translation>この動画は再生できません。ファイルが壊れているか、不完全な可能性があります。</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>「{name}」を保存しました</translation>
    </message>
    <message>
        <source>No program on this computer could open the video.</source>
        <translation>このコンピューターには動画を開けるプログラムがありません。</translation>
    </message>
    <message>
        <source>Could not open the folder.</source>
        <translation>フォルダーを開けませんでした。</translation>
    </message>
    <message>
        <source>Space plays and pauses, Left and Right jump a second, comma and period step a frame.</source>
        <extracomment>The preview&apos;s accessible description: what its keys do.</extracomment>
        <translation>スペースで再生・一時停止、左右キーで 1 秒移動、カンマとピリオドで 1 フレームずつ移動します。</translation>
    </message>
</context>
<context>
    <name>VideoReader</name>
    <message>
        <source>The video took too long to open.</source>
        <translation>動画を開くのに時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>The video has no length: the file may be incomplete.</source>
        <translation>動画に長さがありません。ファイルが不完全な可能性があります。</translation>
    </message>
    <message>
        <source>No picture could be read from the video.</source>
        <translation>動画から画像を読み込めませんでした。</translation>
    </message>
    <message>
        <source>No picture could be read at that moment of the video.</source>
        <translation>動画のその時点の画像を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Reading the video took too long.</source>
        <translation>動画の読み込みに時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>This file is not a video the app can read.</source>
        <translation>このファイルはアプリが読める動画ではありません。</translation>
    </message>
    <message>
        <source>The video could not be read: the file may be damaged or incomplete.</source>
        <translation>動画を読み込めませんでした。ファイルが壊れているか、不完全な可能性があります。</translation>
    </message>
</context>
<context>
    <name>VideoWriter</name>
    <message>
        <source>The new video could not be written: the encoder stopped.</source>
        <translation>新しい動画を書き出せませんでした：エンコーダーが停止しました。</translation>
    </message>
    <message>
        <source>The new video took too long to write.</source>
        <translation>新しい動画の書き出しに時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>The encoder stopped taking pictures.</source>
        <translation>エンコーダーが画像を受け付けなくなりました。</translation>
    </message>
    <message>
        <source>The new video could not be written: {reason}.</source>
        <translation>新しい動画を書き出せませんでした：{reason}。</translation>
    </message>
    <message>
        <source>The new video could not be written: the encoder failed.</source>
        <translation>新しい動画を書き出せませんでした：エンコーダーでエラーが起きました。</translation>
    </message>
</context>
</TS>
