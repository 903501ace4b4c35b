<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>Turn a photo and a sentence into a short video with PoYo&apos;s Kling 2.1 models.</source>
        <translation>Aus einem Foto und einem Satz wird ein kurzes Video, mit den Kling-2.1-Modellen von PoYo.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Your PoYo account</source>
        <translation>Dein PoYo-Konto</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Enter your API key first.</source>
        <translation>Gib zuerst deinen API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The test could not run</source>
        <translation>Der Test konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>The test could not run: {reason}</source>
        <translation>Der Test konnte nicht ausgeführt werden: {reason}</translation>
    </message>
    <message>
        <source>Connected as {email}. {credits} credits left.</source>
        <translation>Verbunden als {email}. Noch {credits} Credits übrig.</translation>
    </message>
    <message>
        <source>Connected. {credits} credits left.</source>
        <translation>Verbunden. Noch {credits} Credits übrig.</translation>
    </message>
    <message>
        <source>The balance could not be read</source>
        <translation>Das Guthaben konnte nicht gelesen werden</translation>
    </message>
</context>
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
        <source>Change this task&apos;s prompt, length or model before it is sent (free)</source>
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
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to PoYo.</source>
        <translation>Bei der Verbindung mit PoYo ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>PoYo did not accept the request.</source>
        <extracomment>``default_message`` without its promise that the app will try again (&quot;&quot;: the same)</extracomment>
        <translation>PoYo hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key. Check it in Settings (it may be mistyped or revoked).</source>
        <translation>PoYo hat deinen API-Schlüssel nicht angenommen. Prüfe ihn in den Einstellungen (vielleicht ist er falsch eingegeben oder widerrufen).</translation>
    </message>
    <message>
        <source>The server address starts with http://, which would send your API key unencrypted. Use an https:// address in Settings.</source>
        <translation>Die Serveradresse beginnt mit http://, damit würde dein API-Schlüssel unverschlüsselt gesendet. Verwende in den Einstellungen eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Your PoYo account is not allowed to do this.</source>
        <translation>Dein PoYo-Konto darf das nicht.</translation>
    </message>
    <message>
        <source>Your PoYo account does not have enough credits for this video. Top up on poyo.ai, then try again.</source>
        <translation>Dein PoYo-Konto hat nicht genug Credits für dieses Video. Lade auf poyo.ai auf und versuche es dann erneut.</translation>
    </message>
    <message>
        <source>PoYo does not know this task (it may belong to another account).</source>
        <translation>PoYo kennt diese Aufgabe nicht (sie gehört vielleicht zu einem anderen Konto).</translation>
    </message>
    <message>
        <source>The download link for this video has expired or was removed (PoYo&apos;s result links last about a day).</source>
        <translation>Der Download-Link für dieses Video ist abgelaufen oder wurde entfernt (die Ergebnis-Links von PoYo gelten etwa einen Tag).</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests. The app will wait and try again.</source>
        <translation>PoYo bekommt zu viele Anfragen. Die App wartet und versucht es erneut.</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests.</source>
        <translation>PoYo bekommt zu viele Anfragen.</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers are having trouble right now. Please try again shortly.</source>
        <translation>Die Server von PoYo haben gerade Probleme. Bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not reach PoYo. Check your internet connection; the app will keep trying.</source>
        <translation>PoYo ist nicht erreichbar. Prüfe deine Internetverbindung; die App versucht es weiter.</translation>
    </message>
    <message>
        <source>Could not reach PoYo. Check your internet connection.</source>
        <translation>PoYo ist nicht erreichbar. Prüfe deine Internetverbindung.</translation>
    </message>
    <message>
        <source>The download stalled. It can be downloaded again.</source>
        <translation>Der Download ist hängen geblieben. Das Video kann erneut heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The download broke off. It can be downloaded again.</source>
        <translation>Der Download ist abgebrochen. Das Video kann erneut heruntergeladen werden.</translation>
    </message>
    <message>
        <source>PoYo sent an answer the app could not understand.</source>
        <translation>PoYo hat eine Antwort geschickt, die die App nicht versteht.</translation>
    </message>
    <message>
        <source>The request reached PoYo but no answer came back, so the video may or may not have been started. Submitting again could be charged twice.</source>
        <translation>Die Anfrage hat PoYo erreicht, aber es kam keine Antwort. Das Video wurde also vielleicht gestartet, vielleicht auch nicht. Erneutes Senden könnte doppelt berechnet werden.</translation>
    </message>
    <message>
        <source>Some settings need fixing before the video can be made.</source>
        <translation>Einige Einstellungen müssen korrigiert werden, bevor das Video erstellt werden kann.</translation>
    </message>
    <message>
        <source>PoYo took too long to answer. Please try again shortly.</source>
        <translation>PoYo hat zu lange nicht geantwortet. Bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>PoYo (or a proxy in front of it) answered with an error page. Please try again shortly.</source>
        <translation>PoYo (oder ein Proxy davor) hat mit einer Fehlerseite geantwortet. Bitte versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The file is too large for PoYo.</source>
        <translation>Die Datei ist zu groß für PoYo.</translation>
    </message>
    <message>
        <source>PoYo did not accept the request: {reason}</source>
        <translation>PoYo hat die Anfrage nicht angenommen: {reason}</translation>
    </message>
    <message>
        <source>PoYo reported the video as finished but did not give exactly one video file.</source>
        <translation>PoYo hat das Video als fertig gemeldet, aber nicht genau eine Videodatei geliefert.</translation>
    </message>
    <message>
        <source>The demo server is not running yet.</source>
        <translation>Der Demo-Server läuft noch nicht.</translation>
    </message>
    <message>
        <source>PoYo did not answer in time. The app will keep trying.</source>
        <translation>PoYo hat nicht rechtzeitig geantwortet. Die App versucht es weiter.</translation>
    </message>
    <message>
        <source>PoYo did not answer in time.</source>
        <translation>PoYo hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to PoYo broke off. The app will keep trying.</source>
        <translation>Die Verbindung zu PoYo ist abgebrochen. Die App versucht es weiter.</translation>
    </message>
    <message>
        <source>The connection to PoYo broke off.</source>
        <translation>Die Verbindung zu PoYo ist abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>New videos now go to {server}.</source>
        <translation>Neue Videos gehen jetzt an {server}.</translation>
    </message>
    <message>
        <source>New videos now go to {server}. Videos already under way keep following the server they were sent to (it alone knows their tasks).</source>
        <translation>Neue Videos gehen jetzt an {server}. Videos, die schon unterwegs sind, bleiben bei dem Server, an den sie gesendet wurden (nur er kennt ihre Aufgaben).</translation>
    </message>
    <message>
        <source>The demo server could not be started</source>
        <translation>Der Demo-Server konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Your settings file was damaged and has been reset. A copy was kept at {path}.</source>
        <translation>Deine Einstellungsdatei war beschädigt und wurde zurückgesetzt. Eine Kopie liegt unter {path}.</translation>
    </message>
</context>
<context>
    <name>AwayCard</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>not enough credits</source>
        <translation>nicht genug Credits</translation>
    </message>
    <message>
        <source>PoYo could not make it</source>
        <translation>PoYo konnte es nicht erstellen</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>API-Schlüssel nicht angenommen</translation>
    </message>
    <message>
        <source>not allowed for your account</source>
        <translation>für dein Konto nicht erlaubt</translation>
    </message>
    <message>
        <source>PoYo no longer knows it</source>
        <translation>PoYo kennt es nicht mehr</translation>
    </message>
    <message>
        <source>download link expired</source>
        <translation>Download-Link abgelaufen</translation>
    </message>
    <message>
        <source>PoYo could not be reached</source>
        <translation>PoYo war nicht erreichbar</translation>
    </message>
    <message>
        <source>trouble at PoYo</source>
        <translation>Störung bei PoYo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the videos folder is missing</source>
        <translation>der Videoordner fehlt</translation>
    </message>
    <message>
        <source>PoYo did not accept the request</source>
        <translation>PoYo hat die Anfrage nicht angenommen</translation>
    </message>
    <message>
        <source>settings need fixing</source>
        <translation>Einstellungen müssen korrigiert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) finished</source>
        <translation>
            <numerusform>%n Video fertig</numerusform>
            <numerusform>%n Videos fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({reasons})</source>
        <translation>{count} ({reasons})</translation>
    </message>
    <message numerus="yes">
        <source>%n may have been made (check it)</source>
        <translation>
            <numerusform>%n vielleicht erstellt (bitte prüfen)</numerusform>
            <numerusform>%n vielleicht erstellt (bitte prüfen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} · {cost}</source>
        <translation>{events} · {cost}</translation>
    </message>
    <message numerus="yes">
        <source>{credits} credit(s) spent (about {dollars})</source>
        <translation>
            <numerusform>{credits} Credit ausgegeben (etwa {dollars})</numerusform>
            <numerusform>{credits} Credits ausgegeben (etwa {dollars})</numerusform>
        </translation>
    </message>
    <message>
        <source>Free in demo mode</source>
        <translation>Im Demo-Modus kostenlos</translation>
    </message>
    <message>
        <source>Nothing was charged</source>
        <translation>Nichts wurde berechnet</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>„{prompt}“</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Dein Video</translation>
    </message>
    <message>
        <source>{video} is ready</source>
        <translation>{video} ist fertig</translation>
    </message>
    <message>
        <source>{video} failed: {reason}</source>
        <translation>{video} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>{video} failed</source>
        <translation>{video} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{video} may have been made: check it</source>
        <translation>{video} wurde vielleicht erstellt: bitte prüfen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the list</source>
        <translation>
            <numerusform>und %n weiteres in der Liste</numerusform>
            <numerusform>und %n weitere in der Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Während du weg warst</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>BalanceCheck</name>
    <message>
        <source>Your balance is {balance} (read at {time}); this video costs {price}.</source>
        <translation>Dein Guthaben ist {balance} (gelesen um {time}); dieses Video kostet {price}.</translation>
    </message>
    <message>
        <source>Your balance is {balance}; this video costs {price}.</source>
        <translation>Dein Guthaben ist {balance}; dieses Video kostet {price}.</translation>
    </message>
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
    <name>BatchFlow</name>
    <message>
        <source>Your spending limits could not be checked now; each video is still checked before it is paid.</source>
        <translation>Deine Ausgabenlimits konnten gerade nicht geprüft werden; jedes Video wird trotzdem geprüft, bevor es bezahlt wird.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n video(s) was sent; they are still in the batch: {reason}</source>
        <extracomment>The review&apos;s modules, imported (on a worker thread) when the first review opens.</extracomment>
        <translation>
            <numerusform>%n Video wurde nicht gesendet; es ist noch im Stapel: {reason}</numerusform>
            <numerusform>Keines der %n Videos wurde gesendet; sie sind noch im Stapel: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n video(s) are in the queue; the other {left} were not sent and are still in the batch: {reason}</source>
        <translation>
            <numerusform>{recorded} von %n Video ist in der Warteschlange; die anderen {left} wurden nicht gesendet und sind noch im Stapel: {reason}</numerusform>
            <numerusform>{recorded} von %n Videos sind in der Warteschlange; die anderen {left} wurden nicht gesendet und sind noch im Stapel: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch could not be reviewed</source>
        <translation>Der Stapel konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The batch could not be sent</source>
        <translation>Der Stapel konnte nicht gesendet werden</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) added to the queue.</source>
        <translation>
            <numerusform>%n Video zur Warteschlange hinzugefügt.</numerusform>
            <numerusform>%n Videos zur Warteschlange hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchMode</name>
    <message>
        <source>Checking which pictures were made before…</source>
        <translation>Es wird geprüft, welche Bilder schon verwendet wurden…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n more picture(s)…</source>
        <translation>
            <numerusform>%n weiteres Bild wird geprüft…</numerusform>
            <numerusform>%n weitere Bilder werden geprüft…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>own prompt: “{prompt}”</source>
        <translation>eigener Prompt: „{prompt}“</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 Kopie</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n Kopie</numerusform>
            <numerusform>%n Kopien</numerusform>
        </translation>
    </message>
    <message>
        <source>{made}, made again</source>
        <translation>{made}, wird noch einmal erstellt</translation>
    </message>
    <message>
        <source>{made}: skipped</source>
        <translation>{made}: ausgelassen</translation>
    </message>
    <message>
        <source>already being made (since {day})</source>
        <translation>wird schon erstellt (seit {day})</translation>
    </message>
    <message>
        <source>made before on {day}</source>
        <translation>schon erstellt am {day}</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Add pictures…</source>
        <extracomment>Pictures were dropped on the panel or chosen with &quot;Add pictures…&quot; (list of Path). &quot;Clear batch&quot;: back to the one-picture form.</extracomment>
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
    <message numerus="yes">
        <source>Batch of %n picture(s)</source>
        <translation>
            <numerusform>Stapel mit %n Bild</numerusform>
            <numerusform>Stapel mit %n Bildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · checking %n more…</source>
        <translation>
            <numerusform> · %n weiteres wird geprüft…</numerusform>
            <numerusform> · %n weitere werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>1 picture was made into a video with these settings before, so it is skipped.</source>
        <translation>Aus 1 Bild wurde mit diesen Einstellungen schon ein Video erstellt, daher wird es ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures were made into a video with these settings before, so they are skipped.</source>
        <translation>
            <numerusform>Aus %n Bild wurde mit diesen Einstellungen schon ein Video erstellt, daher wird es ausgelassen.</numerusform>
            <numerusform>Aus %n Bildern wurde mit diesen Einstellungen schon ein Video erstellt, daher werden sie ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>Mitnehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) made before will be made again.</source>
        <translation>
            <numerusform>%n schon verwendetes Bild wird noch einmal erstellt.</numerusform>
            <numerusform>%n schon verwendete Bilder werden noch einmal erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Auslassen</translation>
    </message>
    <message numerus="yes">
        <source>Left out, %n picture(s) that cannot be used:</source>
        <translation>
            <numerusform>Ausgelassen, %n Bild, das nicht verwendet werden kann:</numerusform>
            <numerusform>Ausgelassen, %n Bilder, die nicht verwendet werden können:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add pictures to the batch</source>
        <translation>Bilder zum Stapel hinzufügen</translation>
    </message>
</context>
<context>
    <name>Chains</name>
    <message>
        <source>Continues an earlier video</source>
        <translation>Setzt ein früheres Video fort</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>kein Prompt</translation>
    </message>
    <message>
        <source>Continues “{prompt}”</source>
        <translation>Setzt „{prompt}“ fort</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with Pictures</source>
        <translation>Mit den Bildern vergleichen</translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation>Kein Prompt</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>„{prompt}“</translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>Das Video wird gelesen…</translation>
    </message>
    <message>
        <source>Start image</source>
        <translation>Startbild</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Erster Frame</translation>
    </message>
    <message>
        <source>End image</source>
        <translation>Endbild</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Letzter Frame</translation>
    </message>
    <message>
        <source>The video&apos;s first frame beside the picture it started from, and its last frame beside the picture it ended on.</source>
        <translation>Der erste Frame des Videos neben dem Bild, mit dem es begann, und sein letzter Frame neben dem Bild, mit dem es endete.</translation>
    </message>
    <message>
        <source>The video&apos;s first frame beside the picture it started from.</source>
        <translation>Der erste Frame des Videos neben dem Bild, mit dem es begann.</translation>
    </message>
    <message>
        <source>The picture is no longer there.</source>
        <translation>Das Bild ist nicht mehr da.</translation>
    </message>
    <message>
        <source>something went wrong.</source>
        <translation>etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>The video could not be compared: {reason}</source>
        <translation>Das Video konnte nicht verglichen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ConfirmPrice</name>
    <message>
        <source>Confirm the price</source>
        <translation>Preis bestätigen</translation>
    </message>
    <message>
        <source>Make It</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>You asked to be asked before any video over {credits} (Settings, Spending).</source>
        <translation>Du wolltest vor jedem Video über {credits} gefragt werden (Einstellungen, Ausgaben).</translation>
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
    <name>CopySaving</name>
    <message>
        <source>something unexpected went wrong</source>
        <translation>etwas Unerwartetes ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>the demo server did not start (exit code {code}; see {log})</source>
        <translation>der Demo-Server ist nicht gestartet (Exit-Code {code}; siehe {log})</translation>
    </message>
</context>
<context>
    <name>DownloadStep</name>
    <message>
        <source>A video is already saved as {name}, but the server could not confirm it is this task&apos;s. {reason}</source>
        <translation>Unter {name} ist bereits ein Video gespeichert, aber der Server konnte nicht bestätigen, dass es zu dieser Aufgabe gehört. {reason}</translation>
    </message>
    <message>
        <source>The video could not be downloaded: {reason} Press Retry to get a fresh link from PoYo and download it again; it is not charged again.</source>
        <translation>Das Video konnte nicht heruntergeladen werden: {reason} Drücke Wiederholen, um einen neuen Link von PoYo zu holen und es erneut herunterzuladen; es wird nicht noch einmal berechnet.</translation>
    </message>
    <message>
        <source>The video could not be downloaded. {reason}</source>
        <translation>Das Video konnte nicht heruntergeladen werden. {reason}</translation>
    </message>
    <message>
        <source>Your video was saved as {name}, but your task history could not be updated ({reason}). Press Retry to record it: it will not be bought again.</source>
        <translation>Dein Video wurde als {name} gespeichert, aber dein Aufgabenverlauf konnte nicht aktualisiert werden ({reason}). Drücke Wiederholen, um es einzutragen: Es wird nicht noch einmal gekauft.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>The disk is full: there is no room to save the video in {folder}.</source>
        <translation>Der Datenträger ist voll: In {folder} ist kein Platz, um das Video zu speichern.</translation>
    </message>
    <message>
        <source>The app is not allowed to save files in {folder}.</source>
        <translation>Die App darf keine Dateien in {folder} speichern.</translation>
    </message>
    <message>
        <source>The download folder {folder} no longer exists or cannot be created.</source>
        <translation>Der Download-Ordner {folder} existiert nicht mehr oder kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The video could not be saved in {folder}: {reason}.</source>
        <translation>Das Video konnte nicht in {folder} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>The download was incomplete. It can be downloaded again.</source>
        <translation>Der Download war unvollständig. Das Video kann erneut heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The downloaded file is not a complete video. It can be downloaded again.</source>
        <translation>Die heruntergeladene Datei ist kein vollständiges Video. Das Video kann erneut heruntergeladen werden.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>{name} is missing: it was moved, renamed or deleted since the app was last open.</source>
        <translation>{name} fehlt: Die Datei wurde verschoben, umbenannt oder gelöscht, seit die App zuletzt geöffnet war.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit Video</source>
        <translation>Video bearbeiten</translation>
    </message>
    <message>
        <source>Not sent yet, so changing it costs nothing.</source>
        <translation>Noch nicht gesendet, Änderungen kosten also nichts.</translation>
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
        <source>{} model</source>
        <translation>Modell {}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Length {}</source>
        <translation>Länge {}</translation>
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
        <source>{refusal} This video ends on {picture}.</source>
        <translation>{refusal} Dieses Video endet mit {picture}.</translation>
    </message>
    <message>
        <source>With Pro, it also ends on {picture}.</source>
        <translation>Mit Pro endet es außerdem mit {picture}.</translation>
    </message>
    <message>
        <source>{price}, was {credits}</source>
        <translation>{price}, vorher {credits}</translation>
    </message>
    <message>
        <source>This video was removed from the list, so nothing was changed.</source>
        <translation>Dieses Video wurde aus der Liste entfernt, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>It can no longer change.</source>
        <translation>Es kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This video could not be changed.</source>
        <translation>Dieses Video konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>das Bild</translation>
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
    <name>FailureDetails</name>
    <message>
        <source>Show details ▸</source>
        <translation>Details zeigen ▸</translation>
    </message>
    <message>
        <source>Hide details ▾</source>
        <translation>Details ausblenden ▾</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>The technical detail of this failure, for support</source>
        <translation>Die technischen Details dieses Fehlers, für den Support</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Die Details in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
</context>
<context>
    <name>FileActionsBar</name>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save a copy of the video somewhere</source>
        <translation>Eine Kopie des Videos woanders speichern</translation>
    </message>
    <message>
        <source>Open with system player</source>
        <translation>Mit dem System-Player öffnen</translation>
    </message>
    <message>
        <source>Play the video in your computer&apos;s usual video player</source>
        <translation>Das Video im üblichen Videoplayer deines Computers abspielen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the video</source>
        <translation>Den Ordner mit dem Video öffnen</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Use this frame, continue from the last one, and more</source>
        <translation>Diesen Frame verwenden, vom letzten fortsetzen und mehr</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Pick a photo</source>
        <translation>Wähle ein Foto</translation>
    </message>
    <message>
        <source>Drop it on the Start image box, or press Browse… or Paste.</source>
        <translation>Zieh es auf das Feld Startbild, oder drücke Durchsuchen… oder Einfügen.</translation>
    </message>
    <message>
        <source>Describe what should happen</source>
        <translation>Beschreibe, was passieren soll</translation>
    </message>
    <message>
        <source>One sentence in Prompt, like “the waves roll in slowly”.</source>
        <translation>Ein Satz im Prompt, etwa „die Wellen rollen langsam heran“.</translation>
    </message>
    <message>
        <source>Press Generate</source>
        <translation>Drücke Erstellen</translation>
    </message>
    <message>
        <source>Or Ctrl+Enter. Your video appears in Your videos and plays here.</source>
        <translation>Oder Strg+Eingabe. Dein Video erscheint in Deine Videos und wird hier abgespielt.</translation>
    </message>
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
        <source>Crop</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <source>Add bars</source>
        <translation>Balken hinzufügen</translation>
    </message>
    <message>
        <source>Resize only</source>
        <translation>Nur skalieren</translation>
    </message>
    <message>
        <source>Drag the frame to choose what to keep, or its corners to resize it. With the keyboard: arrow keys move it, + and − resize it.</source>
        <translation>Zieh den Rahmen, um zu wählen, was bleibt, oder seine Ecken, um ihn zu vergrößern oder zu verkleinern. Mit der Tastatur: Pfeiltasten verschieben ihn, + und − ändern die Größe.</translation>
    </message>
    <message>
        <source>The whole picture is kept; black bars fill the rest of the shape.</source>
        <translation>Das ganze Bild bleibt; schwarze Balken füllen den Rest des Formats.</translation>
    </message>
    <message>
        <source>The whole picture is kept, in its own shape.</source>
        <translation>Das ganze Bild bleibt, in seinem eigenen Format.</translation>
    </message>
    <message>
        <source>Fix the {picture}</source>
        <extracomment>The person chose: a :class:`FixPlan` to carry out on the whole picture.</extracomment>
        <translation>{picture} korrigieren</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation>Dieses Bild verwenden</translation>
    </message>
    <message>
        <source>Its shape is outside what Kling takes.</source>
        <translation>Sein Format liegt außerhalb dessen, was Kling nimmt.</translation>
    </message>
    <message>
        <source>Making the picture…</source>
        <translation>Das Bild wird erstellt…</translation>
    </message>
    <message>
        <source>Result: {width} × {height} px ({shape}).</source>
        <translation>Ergebnis: {width} × {height} px ({shape}).</translation>
    </message>
    <message>
        <source>Enlarged to {side} px on its short side: it may look soft.</source>
        <translation>Auf {side} px an der kurzen Seite vergrößert: es kann unscharf wirken.</translation>
    </message>
    <message>
        <source>Like the start image ({shape})</source>
        <translation>Wie das Startbild ({shape})</translation>
    </message>
    <message>
        <source>Its own ({shape})</source>
        <translation>Eigenes ({shape})</translation>
    </message>
    <message>
        <source>Kling does not take this shape.</source>
        <translation>Kling nimmt dieses Format nicht.</translation>
    </message>
</context>
<context>
    <name>FixFlow</name>
    <message>
        <source>The picture could not be read again. Was the file moved or changed?</source>
        <translation>Das Bild konnte nicht erneut gelesen werden. Wurde die Datei verschoben oder geändert?</translation>
    </message>
    <message>
        <source>{fix}; {changes}.</source>
        <translation>{fix}; {changes}.</translation>
    </message>
    <message>
        <source>The picture could not be fixed.</source>
        <translation>Das Bild konnte nicht korrigiert werden.</translation>
    </message>
</context>
<context>
    <name>FormBatches</name>
    <message>
        <source>Review the batch…</source>
        <extracomment>The batch form&apos;s modules, imported when the first batch comes.</extracomment>
        <translation>Stapel prüfen…</translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln video(s)…</source>
        <translation>
            <numerusform>%Ln Video prüfen…</numerusform>
            <numerusform>%Ln Videos prüfen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The pictures could not be taken</source>
        <translation>Die Bilder konnten nicht übernommen werden</translation>
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
    <name>Formatting</name>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
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
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{min} min {s} s</source>
        <translation>{min} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{min} min ago</source>
        <translation>vor {min} min</translation>
    </message>
    <message>
        <source>{h} h ago</source>
        <translation>vor {h} h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} {unit}</source>
        <translation>{size} {unit}</translation>
    </message>
    <message>
        <source>Running {percent} %</source>
        <translation>Läuft {percent} %</translation>
    </message>
    <message>
        <source>Unknown — may have been created</source>
        <translation>Unbekannt — vielleicht erstellt</translation>
    </message>
    <message>
        <source>Cancelled · nothing was charged</source>
        <translation>Abgebrochen · nichts berechnet</translation>
    </message>
    <message>
        <source>Paused · not paid yet</source>
        <translation>Pausiert · noch nicht bezahlt</translation>
    </message>
    <message numerus="yes">
        <source>Waiting · %n in line · not paid yet</source>
        <translation>
            <numerusform>Wartet · Platz %n · noch nicht bezahlt</numerusform>
            <numerusform>Wartet · Platz %n · noch nicht bezahlt</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting · not paid yet</source>
        <translation>Wartet · noch nicht bezahlt</translation>
    </message>
    <message>
        <source>Uploading · not paid yet</source>
        <translation>Wird hochgeladen · noch nicht bezahlt</translation>
    </message>
    <message>
        <source> · sent</source>
        <translation> · gesendet</translation>
    </message>
    <message>
        <source> · paid</source>
        <translation> · bezahlt</translation>
    </message>
    <message>
        <source>Not sent to PoYo yet, so not paid: it can be paused, moved or cancelled for free.</source>
        <translation>Noch nicht an PoYo gesendet, also nicht bezahlt: es kann kostenlos pausiert, verschoben oder abgebrochen werden.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing was charged.</source>
        <translation>Vor dem Senden abgebrochen: nichts wurde berechnet.</translation>
    </message>
    <message>
        <source>Sent to the demo server (free): it can only stop being followed.</source>
        <translation>An den Demo-Server gesendet (kostenlos): es kann nur nicht mehr verfolgt werden.</translation>
    </message>
    <message>
        <source>Sent to PoYo: it is paid, and can only stop being followed.</source>
        <translation>An PoYo gesendet: es ist bezahlt und kann nur nicht mehr verfolgt werden.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Model: {model} · {length}</source>
        <translation>Modell: {model} · {length}</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Erstellt: {when}</translation>
    </message>
    <message>
        <source>Took: {time}</source>
        <translation>Dauer: {time}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Größe: {size}</translation>
    </message>
    <message>
        <source>Avoid: {words}</source>
        <translation>Vermeiden: {words}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Problem:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;For now:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Im Moment:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Task id: {id}</source>
        <translation>Aufgaben-ID: {id}</translation>
    </message>
    <message>
        <source>{status}: {prompt}, {model}, {length}</source>
        <translation>{status}: {prompt}, {model}, {length}</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>kein Prompt</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>Erstellt {when}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>Dauer {time}</translation>
    </message>
    <message>
        <source>avoid: {words}</source>
        <translation>vermeiden: {words}</translation>
    </message>
</context>
<context>
    <name>FrameActions</name>
    <message>
        <source>Continue from &amp;Last Frame</source>
        <extracomment>(entry, tip, FrameCommands method), in menu order.</extracomment>
        <translation>Vom &amp;letzten Frame fortsetzen</translation>
    </message>
    <message>
        <source>Start a new video where this one ends: its last frame becomes the start image</source>
        <translation>Ein neues Video beginnen, wo dieses endet: sein letzter Frame wird das Startbild</translation>
    </message>
    <message>
        <source>Make a &amp;Loop…</source>
        <translation>&amp;Schleife erstellen…</translation>
    </message>
    <message>
        <source>Save the video played forward then backward</source>
        <translation>Das Video vorwärts und dann rückwärts gespielt speichern</translation>
    </message>
    <message>
        <source>&amp;Compare with Pictures</source>
        <translation>Mit den Bildern &amp;vergleichen</translation>
    </message>
    <message>
        <source>The start (and end) image beside the video&apos;s first (and last) frame</source>
        <translation>Das Start- (und End-)bild neben dem ersten (und letzten) Frame des Videos</translation>
    </message>
</context>
<context>
    <name>FrameCommands</name>
    <message>
        <source>Use This Frame as &amp;Start Image</source>
        <translation>Diesen Frame als &amp;Startbild verwenden</translation>
    </message>
    <message>
        <source>Use This Frame as &amp;End Image</source>
        <translation>Diesen Frame als &amp;Endbild verwenden</translation>
    </message>
    <message>
        <source>Taking the last frame of the video…</source>
        <translation>Der letzte Frame des Videos wird genommen…</translation>
    </message>
    <message>
        <source>The last frame is the start image now. Write what happens next.</source>
        <translation>Der letzte Frame ist jetzt das Startbild. Schreib, was als Nächstes passiert.</translation>
    </message>
    <message>
        <source>Play the video, then pause on the frame you want.</source>
        <translation>Spiel das Video ab und halte dann beim gewünschten Frame an.</translation>
    </message>
    <message>
        <source>Frame {index} is the end image now.</source>
        <translation>Frame {index} ist jetzt das Endbild.</translation>
    </message>
    <message>
        <source>Frame {index} is the start image now.</source>
        <translation>Frame {index} ist jetzt das Startbild.</translation>
    </message>
    <message>
        <source>The frame could not be kept: {reason}</source>
        <translation>Der Frame konnte nicht behalten werden: {reason}</translation>
    </message>
    <message>
        <source>The picture could not be saved ({reason}).</source>
        <translation>Das Bild konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>The frame could not be taken: something went wrong.</source>
        <translation>Der Frame konnte nicht genommen werden: etwas ist schiefgegangen.</translation>
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
        <source>Keeps {w} × {h} px, from {x}, {y}, of the {width} × {height} px picture. Arrow keys move it; plus and minus resize it.</source>
        <translation>Behält {w} × {h} px ab {x}, {y} des Bildes mit {width} × {height} px. Pfeiltasten verschieben; Plus und Minus ändern die Größe.</translation>
    </message>
    <message>
        <source>The picture as it will be sent.</source>
        <translation>Das Bild, wie es gesendet wird.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Das Bild wird geladen…</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>last frame of {name}</source>
        <translation>letzter Frame von {name}</translation>
    </message>
    <message>
        <source>frame {index} of {name}</source>
        <translation>Frame {index} von {name}</translation>
    </message>
    <message>
        <source>The video file is missing: it may have been moved or deleted.</source>
        <translation>Die Videodatei fehlt: sie wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The frame on screen could not be read. Try again once it shows.</source>
        <translation>Der Frame auf dem Bildschirm konnte nicht gelesen werden. Versuche es noch einmal, sobald er zu sehen ist.</translation>
    </message>
</context>
<context>
    <name>Framing</name>
    <message>
        <source>Cropped to {shape} ({size}).</source>
        <extracomment>The shapes offered, by the names people know (Kling&apos;s videos are 16:9, 9:16 or 1:1).</extracomment>
        <translation>Auf {shape} zugeschnitten ({size}).</translation>
    </message>
    <message>
        <source>Bars added to make it {shape} ({size}).</source>
        <translation>Balken hinzugefügt, um {shape} zu erhalten ({size}).</translation>
    </message>
    <message>
        <source>Saved as a picture PoYo takes ({size}).</source>
        <translation>Als Bild gespeichert, das PoYo annimmt ({size}).</translation>
    </message>
    <message>
        <source>Enlarged from {width} × {height} px to {size}.</source>
        <translation>Von {width} × {height} px auf {size} vergrößert.</translation>
    </message>
    <message>
        <source>Made smaller from {width} × {height} px to {size}.</source>
        <translation>Von {width} × {height} px auf {size} verkleinert.</translation>
    </message>
    <message>
        <source>The end image is {end} and the start image {start}: Kling may crop or stretch between them.</source>
        <translation>Das Endbild ist {end} und das Startbild {start}: Kling schneidet oder streckt dazwischen vielleicht.</translation>
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
    <name>HistoryFilter</name>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Search prompts…</source>
        <translation>Prompts durchsuchen…</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Prompts durchsuchen</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>Nach Modell filtern</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
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
        <translation>{picture} wählen (oder mehrere)</translation>
    </message>
    <message>
        <source>Choose the {picture}</source>
        <translation>{picture} wählen</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first, then paste.</source>
        <translation>In der Zwischenablage ist kein Bild. Kopiere zuerst ein Foto oder eine Bilddatei, dann füge ein.</translation>
    </message>
</context>
<context>
    <name>ImageIntake</name>
    <message>
        <source>Only one picture fits here; using {name}.</source>
        <translation>Hier passt nur ein Bild; {name} wird verwendet.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved on this computer.</source>
        <translation>Das eingefügte Bild konnte auf diesem Computer nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Abgelegtes Bild</translation>
    </message>
    <message>
        <source>This picture is on a web page. Save it to your computer first, then drop or choose the file.</source>
        <translation>Dieses Bild ist auf einer Webseite. Speichere es zuerst auf deinem Computer, dann zieh die Datei hierher oder wähle sie.</translation>
    </message>
    <message>
        <source>{picture} could not be checked.</source>
        <translation>{picture} konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>ImageLimits</name>
    <message>
        <source>{subject} is damaged: only part of it could be read. Save it again or pick another.</source>
        <extracomment>Formats Kling takes as they are; the others are converted before upload. 10 MB, counted in decimal megabytes so that we stay under whichever unit the server means. Long side an upload is scaled down to; Kling&apos;s output is at most 1080p, so more is waste.</extracomment>
        <translation>{subject} ist beschädigt: nur ein Teil konnte gelesen werden. Speichere es neu oder wähle ein anderes.</translation>
    </message>
    <message>
        <source>{subject} is damaged: it could not be read. Save it again or pick another.</source>
        <translation>{subject} ist beschädigt: es konnte nicht gelesen werden. Speichere es neu oder wähle ein anderes.</translation>
    </message>
    <message>
        <source>{subject} is too small ({width} × {height} px; at least {least} px needed).</source>
        <translation>{subject} ist zu klein ({width} × {height} px; mindestens {least} px nötig).</translation>
    </message>
    <message>
        <source>{subject} is too wide ({width} × {height} px). Kling takes shapes from 1:2.5 to 2.5:1: crop it closer to a rectangle and try again.</source>
        <translation>{subject} ist zu breit ({width} × {height} px). Kling nimmt Formate von 1:2,5 bis 2,5:1: schneide es passender zu und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>{subject} is too tall ({width} × {height} px). Kling takes shapes from 1:2.5 to 2.5:1: crop it closer to a rectangle and try again.</source>
        <translation>{subject} ist zu hoch ({width} × {height} px). Kling nimmt Formate von 1:2,5 bis 2,5:1: schneide es passender zu und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>{subject} is {size}; it will be made smaller before upload (the limit is {limit}).</source>
        <translation>{subject} hat {size}; es wird vor dem Hochladen verkleinert (die Grenze ist {limit}).</translation>
    </message>
    <message>
        <source>{subject} is a {format} file; it will be converted to JPEG or PNG before upload.</source>
        <translation>{subject} ist eine {format}-Datei; sie wird vor dem Hochladen in JPEG oder PNG umgewandelt.</translation>
    </message>
    <message>
        <source>{subject} is animated; only its first frame will be used.</source>
        <translation>{subject} ist animiert; nur sein erstes Bild wird verwendet.</translation>
    </message>
    <message>
        <source>{subject} is stored turned on its side; it will be sent upright, as shown here.</source>
        <translation>{subject} ist seitlich gedreht gespeichert; es wird aufrecht gesendet, wie hier gezeigt.</translation>
    </message>
    <message>
        <source>{subject} is very large ({width} × {height} px); it will be scaled down to {side} px on the long side before upload.</source>
        <translation>{subject} ist sehr groß ({width} × {height} px); es wird vor dem Hochladen auf {side} px an der langen Seite verkleinert.</translation>
    </message>
    <message>
        <source>converted from CMYK</source>
        <translation>aus CMYK umgewandelt</translation>
    </message>
    <message>
        <source>converted from 16-bit colour</source>
        <translation>aus 16-Bit-Farbe umgewandelt</translation>
    </message>
    <message>
        <source>colours converted from {profile} to sRGB</source>
        <translation>Farben von {profile} in sRGB umgewandelt</translation>
    </message>
    <message>
        <source>location removed</source>
        <translation>Ort entfernt</translation>
    </message>
    <message>
        <source>camera details removed</source>
        <translation>Kameradaten entfernt</translation>
    </message>
    <message>
        <source>Before sending: {changes}.</source>
        <translation>Vor dem Senden: {changes}.</translation>
    </message>
    <message>
        <source>Too wide for Kling, which takes shapes from 1:2.5 to 2.5:1.</source>
        <translation>Zu breit für Kling, das Formate von 1:2,5 bis 2,5:1 nimmt.</translation>
    </message>
    <message>
        <source>Too tall for Kling, which takes shapes from 1:2.5 to 2.5:1.</source>
        <translation>Zu hoch für Kling, das Formate von 1:2,5 bis 2,5:1 nimmt.</translation>
    </message>
    <message>
        <source>Too small for Kling, which needs {least} px on the short side.</source>
        <translation>Zu klein für Kling, das {least} px an der kurzen Seite braucht.</translation>
    </message>
    <message>
        <source>PoYo does not take {format} files; this saves it as one it takes.</source>
        <translation>PoYo nimmt keine {format}-Dateien; hier wird es in einem Format gespeichert, das PoYo nimmt.</translation>
    </message>
    <message>
        <source>Larger than is sent: it is made smaller (at most {side} px).</source>
        <translation>Größer als gesendet wird: es wird verkleinert (höchstens {side} px).</translation>
    </message>
    <message>
        <source>The start image is {shape}: with an end image of the same shape, Kling neither crops nor stretches between them.</source>
        <translation>Das Startbild ist {shape}: mit einem Endbild im selben Format schneidet und dehnt Kling nichts dazwischen.</translation>
    </message>
    <message>
        <source>{subject} is not a picture, or the file is damaged.</source>
        <extracomment>File-name filter for open dialogs: the formats of image_limits.SUPPORTED_FORMATS. Extensions a dropped or pasted file may carry (checked again by content later).</extracomment>
        <translation>{subject} ist kein Bild, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>{subject} is a {format} file, which PoYo does not take. Save it as JPEG or PNG and try again.</source>
        <translation>{subject} ist eine {format}-Datei, die PoYo nicht nimmt. Speichere es als JPEG oder PNG und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>{subject} is a kind of file PoYo does not take. Save it as JPEG or PNG and try again.</source>
        <translation>{subject} ist eine Dateiart, die PoYo nicht nimmt. Speichere es als JPEG oder PNG und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>{subject} is a folder, not a picture.</source>
        <translation>{subject} ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
        <source>{subject} could not be found. Was the file moved or deleted?</source>
        <translation>{subject} wurde nicht gefunden. Wurde die Datei verschoben oder gelöscht?</translation>
    </message>
    <message>
        <source>{subject} could not be opened: this account may not read the file.</source>
        <translation>{subject} konnte nicht geöffnet werden: dieses Konto darf die Datei nicht lesen.</translation>
    </message>
    <message>
        <source>{subject} could not be read from the disk.</source>
        <translation>{subject} konnte nicht vom Datenträger gelesen werden.</translation>
    </message>
    <message>
        <source>{subject} is an empty file.</source>
        <translation>{subject} ist eine leere Datei.</translation>
    </message>
    <message>
        <source>{subject} is too large to open ({width} × {height} px). Make it smaller in a photo editor and try again.</source>
        <translation>{subject} ist zu groß zum Öffnen ({width} × {height} px). Verkleinere es in einem Bildprogramm und versuche es noch einmal.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>The folder “{name}” could not be opened.</source>
        <translation>Der Ordner „{name}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <source>From the folder “{name}”: %n picture(s), those directly inside it, by name</source>
        <translation>
            <numerusform>Aus dem Ordner „{name}“: %n Bild, direkt darin, nach Namen</numerusform>
            <numerusform>Aus dem Ordner „{name}“: %n Bilder, die direkt darin, nach Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) ignored</source>
        <translation>
            <numerusform>%n andere Datei ignoriert</numerusform>
            <numerusform>%n andere Dateien ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) inside it not opened</source>
        <translation>
            <numerusform>%n Ordner darin nicht geöffnet</numerusform>
            <numerusform>%n Ordner darin nicht geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>{picture} could not be checked.</source>
        <translation>{picture} konnte nicht geprüft werden.</translation>
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
    <message>
        <source>This picture was {made}.</source>
        <translation>Dieses Bild wurde {made}.</translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message>
        <source>(no prompt)</source>
        <translation>(kein Prompt)</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>started {time} ago</source>
        <translation>vor {time} gestartet</translation>
    </message>
</context>
<context>
    <name>JobDisplay</name>
    <message>
        <source>Sending your video request…</source>
        <translation>Deine Videoanfrage wird gesendet…</translation>
    </message>
</context>
<context>
    <name>JobRecords</name>
    <message>
        <source>Something unexpected went wrong while sending this task, so it may or may not have been created.</source>
        <translation>Beim Senden dieser Aufgabe ist etwas Unerwartetes schiefgegangen, daher wurde sie vielleicht erstellt, vielleicht auch nicht.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this task. You can try it again.</source>
        <translation>Bei dieser Aufgabe ist etwas Unerwartetes schiefgegangen. Du kannst es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Running — {percent} %</source>
        <translation>Läuft — {percent} %</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown — may have been created</source>
        <translation>Unbekannt — vielleicht erstellt</translation>
    </message>
    <message>
        <source>Cancelled before it was sent — nothing was charged</source>
        <translation>Vor dem Senden abgebrochen — nichts wurde berechnet</translation>
    </message>
    <message>
        <source>Paused — not sent, not paid yet; resume it to send it</source>
        <translation>Pausiert — nicht gesendet, noch nicht bezahlt; setze es fort, um es zu senden</translation>
    </message>
    <message>
        <source>The video file is missing: {path}</source>
        <translation>Die Videodatei fehlt: {path}</translation>
    </message>
    <message>
        <source>The video file is missing.</source>
        <translation>Die Videodatei fehlt.</translation>
    </message>
    <message>
        <source>Waiting for a free slot — not sent, not paid yet</source>
        <translation>Wartet auf einen freien Platz — nicht gesendet, noch nicht bezahlt</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Das Foto wird hochgeladen…</translation>
    </message>
    <message>
        <source>Sending to PoYo…</source>
        <translation>Wird an PoYo gesendet…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>Das Video wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The video file could not be deleted: {reason}.</source>
        <translation>Die Videodatei konnte nicht gelöscht werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not start this task again, because your task history could not be saved ({reason}). Nothing was sent; try again once that is fixed.</source>
        <translation>Diese Aufgabe konnte nicht erneut gestartet werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}). Nichts wurde gesendet; versuche es erneut, sobald das behoben ist.</translation>
    </message>
</context>
<context>
    <name>KeyPlace</name>
    <message>
        <source>This key comes from the POYO_API_KEY environment variable.</source>
        <translation>Dieser Schlüssel kommt aus der Umgebungsvariable POYO_API_KEY.</translation>
    </message>
    <message>
        <source>Your key is kept in the system keychain ({name}).</source>
        <translation>Dein Schlüssel ist im Schlüsselbund des Systems gespeichert ({name}).</translation>
    </message>
    <message>
        <source>Your key is not in the system keychain (it did not take the key when it was saved), so it is kept in a file that only your user account can read: {file}</source>
        <translation>Dein Schlüssel ist nicht im Schlüsselbund des Systems (er hat ihn beim Speichern nicht angenommen), daher liegt er in einer Datei, die nur dein Benutzerkonto lesen kann: {file}</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer, so your key is kept in a file that only your user account can read: {file}</source>
        <translation>Auf diesem Computer wurde kein Schlüsselbund gefunden, daher liegt dein Schlüssel in einer Datei, die nur dein Benutzerkonto lesen kann: {file}</translation>
    </message>
    <message>
        <source>Your key will be kept in the system keychain ({name}).</source>
        <translation>Dein Schlüssel wird im Schlüsselbund des Systems gespeichert ({name}).</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer, so your key will be kept in a file that only your user account can read: {file}</source>
        <translation>Auf diesem Computer wurde kein Schlüsselbund gefunden, daher wird dein Schlüssel in einer Datei gespeichert, die nur dein Benutzerkonto lesen kann: {file}</translation>
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
    <message>
        <source>{reason} Unlock the keychain and press Save to try again, or keep the key in a file instead: {file}

Only your user account can read that file, but it is not encrypted: programs you run, and copies of your files such as backups, can read it too.</source>
        <translation>{reason} Entsperre den Schlüsselbund und drücke Speichern, um es erneut zu versuchen, oder speichere den Schlüssel stattdessen in einer Datei: {file}

Nur dein Benutzerkonto kann diese Datei lesen, aber sie ist nicht verschlüsselt: Programme, die du startest, und Kopien deiner Dateien wie Backups können sie auch lesen.</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Spending</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {money}, %n video(s)</source>
        <translation>
            <numerusform>{period}: {money}, %n Video</numerusform>
            <numerusform>{period}: {money}, %n Videos</numerusform>
        </translation>
    </message>
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
        <source>Demo videos this month: {count} (free: they count toward no limit)</source>
        <translation>Demo-Videos diesen Monat: {count} (kostenlos: sie zählen für kein Limit)</translation>
    </message>
    <message>
        <source>Export spending as CSV</source>
        <translation>Ausgaben als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The spending could not be exported</source>
        <translation>Die Ausgaben konnten nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n purchase(s) to {path}.</source>
        <translation>
            <numerusform>%n Kauf in {path} gespeichert.</numerusform>
            <numerusform>%n Käufe in {path} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>Expected (credits)</source>
        <translation>Erwartet (Credits)</translation>
    </message>
    <message>
        <source>Charged (credits)</source>
        <translation>Berechnet (Credits)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>(removed from your history)</source>
        <translation>(aus deinem Verlauf entfernt)</translation>
    </message>
    <message>
        <source>, charged {credits}</source>
        <translation>, berechnet {credits}</translation>
    </message>
    <message>
        <source>{date}, {model}, {length}, expected {expected}{paid}, {outcome}, {prompt}</source>
        <translation>{date}, {model}, {length}, erwartet {expected}{paid}, {outcome}, {prompt}</translation>
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
    <name>LimitPrompt</name>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Spending limit reached</source>
        <translation>Ausgabenlimit erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n videos are waiting: “{send}” sends them all, this once.</source>
        <translation>
            <numerusform>%n Video wartet: „{send}“ sendet es, nur dieses Mal.</numerusform>
            <numerusform>%n Videos warten: „{send}“ sendet sie alle, nur dieses Mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The video waits in the list. “{send}” sends it this once; the limit stays for the next ones.</source>
        <translation>Das Video wartet in der Liste. „{send}“ sendet es dieses eine Mal; das Limit bleibt für die nächsten.</translation>
    </message>
    <message numerus="yes">
        <source>Send all %n anyway</source>
        <translation>
            <numerusform>Alle %n trotzdem senden</numerusform>
            <numerusform>Alle %n trotzdem senden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
    <message>
        <source>Make a Loop</source>
        <translation>Schleife erstellen</translation>
    </message>
    <message>
        <source>Making a seamless loop of “{name}”: it plays forward, then backward, and starts again where it began.</source>
        <translation>Eine nahtlose Schleife aus „{name}“ wird erstellt: sie läuft vorwärts, dann rückwärts und beginnt wieder am Anfang.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>The loop is ready, saved beside the video as “{name}”.</source>
        <translation>Die Schleife ist fertig, neben dem Video gespeichert als „{name}“.</translation>
    </message>
    <message>
        <source>the file could not be written ({reason}).</source>
        <translation>die Datei konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>something went wrong.</source>
        <translation>etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>The loop could not be made. {reason}</source>
        <translation>Die Schleife konnte nicht erstellt werden. {reason}</translation>
    </message>
</context>
<context>
    <name>LoopExport</name>
    <message>
        <source>The loop came out incomplete. Please try again.</source>
        <translation>Die Schleife ist unvollständig geworden. Bitte versuche es noch einmal.</translation>
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
    <name>Money</name>
    <message numerus="yes">
        <source>{credits} credit(s)</source>
        <translation>
            <numerusform>{credits} Credit</numerusform>
            <numerusform>{credits} Credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{credits} credit(s) (about {dollars})</source>
        <translation>
            <numerusform>{credits} Credit (etwa {dollars})</numerusform>
            <numerusform>{credits} Credits (etwa {dollars})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <source>the history file is in use by another program. Close that program and press Generate again.</source>
        <translation>die Verlaufsdatei wird von einem anderen Programm benutzt. Schließe dieses Programm und drücke erneut Erstellen.</translation>
    </message>
    <message>
        <source>the history file is in use by another program. Close that program and press Review again.</source>
        <translation>die Verlaufsdatei wird von einem anderen Programm benutzt. Schließe dieses Programm und drücke erneut Prüfen.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and press Generate again.</source>
        <translation>der Datenträger ist voll. Gib etwas Speicherplatz frei und drücke erneut Erstellen.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and press Review again.</source>
        <translation>der Datenträger ist voll. Gib etwas Speicherplatz frei und drücke erneut Prüfen.</translation>
    </message>
    <message>
        <source>{cause}. Press Generate again once the history can be written to.</source>
        <translation>{cause}. Drücke erneut Erstellen, sobald der Verlauf wieder geschrieben werden kann.</translation>
    </message>
    <message>
        <source>{cause}. Press Review again once the history can be written to.</source>
        <translation>{cause}. Drücke erneut Prüfen, sobald der Verlauf wieder geschrieben werden kann.</translation>
    </message>
    <message>
        <source>{cause}. Press Generate again once that is fixed.</source>
        <translation>{cause}. Drücke erneut Erstellen, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>{cause}. Press Review again once that is fixed.</source>
        <translation>{cause}. Drücke erneut Prüfen, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>something unexpected went wrong (the details are in the log). Press Generate again.</source>
        <translation>etwas Unerwartetes ist schiefgegangen (die Details stehen im Protokoll). Drücke erneut Erstellen.</translation>
    </message>
    <message>
        <source>something unexpected went wrong (the details are in the log). Press Review again.</source>
        <translation>etwas Unerwartetes ist schiefgegangen (die Details stehen im Protokoll). Drücke erneut Prüfen.</translation>
    </message>
    <message>
        <source>a copy of your picture could not be kept ({cause})</source>
        <translation>eine Kopie deines Bildes konnte nicht aufbewahrt werden ({cause})</translation>
    </message>
    <message>
        <source>Your video “{prompt}” was not sent: {reason}</source>
        <translation>Dein Video „{prompt}“ wurde nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Your video was not sent: {reason}</source>
        <translation>Dein Video wurde nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>the demo server could not be started. Press Generate to try again.</source>
        <translation>der Demo-Server konnte nicht gestartet werden. Drücke Erstellen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>the demo server could not be started. Press Review to try again.</source>
        <translation>der Demo-Server konnte nicht gestartet werden. Drücke Prüfen, um es erneut zu versuchen.</translation>
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
    <name>PageLoader</name>
    <message>
        <source>The list of your videos could not be read.</source>
        <translation>Die Liste deiner Videos konnte nicht gelesen werden.</translation>
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
    <name>Patience</name>
    <message>
        <source>Cannot reach PoYo right now. The app keeps trying; nothing is lost.</source>
        <translation>PoYo ist gerade nicht erreichbar. Die App versucht es weiter; nichts geht verloren.</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers are having trouble right now. The app keeps trying.</source>
        <translation>Die Server von PoYo haben gerade Probleme. Die App versucht es weiter.</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests. The app waits and keeps trying.</source>
        <translation>PoYo erhält zu viele Anfragen. Die App wartet und versucht es weiter.</translation>
    </message>
    <message>
        <source>PoYo sent an answer the app could not understand. The app keeps trying.</source>
        <translation>PoYo hat eine Antwort geschickt, die die App nicht verstehen konnte. Die App versucht es weiter.</translation>
    </message>
    <message>
        <source>PoYo could not be reached for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo war {minutes} Min. lang nicht erreichbar, daher wurde dieses Video nicht gesendet und nichts berechnet. Drücke Wiederholen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers had trouble for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>Die Server von PoYo hatten {minutes} Min. lang Probleme, daher wurde dieses Video nicht gesendet und nichts berechnet. Drücke Wiederholen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>PoYo was too busy for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo war {minutes} Min. lang überlastet, daher wurde dieses Video nicht gesendet und nichts berechnet. Drücke Wiederholen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>PoYo&apos;s answers could not be understood for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>Die Antworten von PoYo waren {minutes} Min. lang unverständlich, daher wurde dieses Video nicht gesendet und nichts berechnet. Drücke Wiederholen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>{reason} for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>{reason} ({minutes} Min. lang), daher wurde dieses Video nicht gesendet und nichts berechnet. Drücke Wiederholen, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>PictureFix</name>
    <message>
        <source>{subject} could not be saved after fixing: {reason}.</source>
        <translation>{subject} konnte nach dem Korrigieren nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>{subject} could not be saved after fixing: a disk error.</source>
        <translation>{subject} konnte nach dem Korrigieren nicht gespeichert werden: ein Fehler des Datenträgers.</translation>
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
    <name>Pipeline</name>
    <message>
        <source>The app stopped while sending this task, so it may or may not have been created.</source>
        <extracomment>The steps of a job&apos;s journey (uploads and their picture checks, status checks, downloads and their MP4 checks): loaded on a worker thread when the first job runs, not at start-up, so a window that sends nothing does not hold them.</extracomment>
        <translation>Die App wurde beim Senden dieser Aufgabe beendet, daher wurde sie vielleicht erstellt, vielleicht auch nicht.</translation>
    </message>
    <message>
        <source>Your task history could not be updated either ({reason}).</source>
        <translation>Auch dein Aufgabenverlauf konnte nicht aktualisiert werden ({reason}).</translation>
    </message>
    <message>
        <source>This task was accepted, but your task history could not be updated ({reason}). Press Retry to follow it: it will not be bought again.</source>
        <translation>Diese Aufgabe wurde angenommen, aber dein Aufgabenverlauf konnte nicht aktualisiert werden ({reason}). Drücke Wiederholen, um sie weiter zu verfolgen: Sie wird nicht noch einmal gekauft.</translation>
    </message>
    <message>
        <source>Could not save this task to your history ({reason}), so it was stopped before anything was charged.</source>
        <translation>Diese Aufgabe konnte nicht in deinem Verlauf gespeichert werden ({reason}), daher wurde sie angehalten, bevor etwas berechnet wurde.</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position im Video</translation>
    </message>
    <message>
        <source>Drag or click to jump within the video</source>
        <translation>Ziehen oder klicken, um im Video zu springen</translation>
    </message>
    <message>
        <source>Loop: play the video again and again</source>
        <translation>Schleife: das Video immer wieder abspielen</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>One frame back (,)</source>
        <translation>Ein Frame zurück (,)</translation>
    </message>
    <message>
        <source>One frame forward (.)</source>
        <translation>Ein Frame vor (.)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Leertaste)</translation>
    </message>
    <message>
        <source>The frame on screen: {frame}; the video is {total} long</source>
        <translation>Der Frame auf dem Bildschirm: {frame}; das Video ist {total} lang</translation>
    </message>
    <message>
        <source>Sound is off — click to turn it on</source>
        <translation>Ton ist aus — klicken zum Einschalten</translation>
    </message>
    <message>
        <source>Sound is on — click to turn it off</source>
        <translation>Ton ist an — klicken zum Ausschalten</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>{time} · frame {index}</source>
        <translation>{time} · Frame {index}</translation>
    </message>
    <message>
        <source>frame {index}</source>
        <translation>Frame {index}</translation>
    </message>
</context>
<context>
    <name>PollStep</name>
    <message>
        <source>The demo server was restarted, so this simulated video was lost.</source>
        <translation>Der Demo-Server wurde neu gestartet, daher ging dieses simulierte Video verloren.</translation>
    </message>
    <message>
        <source>PoYo no longer knows this task: it answered “not found” every time for 1 minute. PoYo may have removed it, or it belongs to another PoYo account (if you changed your API key). Press Retry to make the video again as a new task: it is charged again.</source>
        <translation>PoYo kennt diese Aufgabe nicht mehr: Es hat 1 Minute lang jedes Mal „nicht gefunden“ geantwortet. PoYo hat sie vielleicht entfernt, oder sie gehört zu einem anderen PoYo-Konto (falls du deinen API-Schlüssel geändert hast). Drücke Wiederholen, um das Video als neue Aufgabe noch einmal zu erstellen: Es wird erneut berechnet.</translation>
    </message>
    <message>
        <source>PoYo no longer knows this task: it answered “not found” every time for {minutes} minutes. PoYo may have removed it, or it belongs to another PoYo account (if you changed your API key). Press Retry to make the video again as a new task: it is charged again.</source>
        <translation>PoYo kennt diese Aufgabe nicht mehr: Es hat {minutes} Minuten lang jedes Mal „nicht gefunden“ geantwortet. PoYo hat sie vielleicht entfernt, oder sie gehört zu einem anderen PoYo-Konto (falls du deinen API-Schlüssel geändert hast). Drücke Wiederholen, um das Video als neue Aufgabe noch einmal zu erstellen: Es wird erneut berechnet.</translation>
    </message>
    <message>
        <source>No good answer from PoYo for {minutes} minutes. Still trying. ({reason})</source>
        <translation>Seit {minutes} Minuten keine brauchbare Antwort von PoYo. Die App versucht es weiter. ({reason})</translation>
    </message>
    <message>
        <source>PoYo could not make this video (no reason was given).</source>
        <translation>PoYo konnte dieses Video nicht erstellen (es wurde kein Grund genannt).</translation>
    </message>
    <message>
        <source>{reason} Press Retry to ask PoYo about this task again: a new one is made (and charged) only if this one failed.</source>
        <translation>{reason} Drücke Wiederholen, um PoYo erneut nach dieser Aufgabe zu fragen: Eine neue wird nur erstellt (und berechnet), wenn diese fehlgeschlagen ist.</translation>
    </message>
</context>
<context>
    <name>PresetFile</name>
    <message>
        <source>The file is too big for a presets file ({size}; at most {most}).</source>
        <translation>Die Datei ist zu groß für eine Vorlagendatei ({size}; höchstens {most}).</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>Die Datei konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The file is damaged, or it is not a presets file: it is not whole JSON text.</source>
        <translation>Die Datei ist beschädigt oder keine Vorlagendatei: Sie ist kein vollständiger JSON-Text.</translation>
    </message>
    <message>
        <source>The file is not a presets file of PoYo Desktop.</source>
        <translation>Die Datei ist keine Vorlagendatei von PoYo Desktop.</translation>
    </message>
    <message>
        <source>The file is damaged: it does not say its version.</source>
        <translation>Die Datei ist beschädigt: Sie nennt ihre Version nicht.</translation>
    </message>
    <message>
        <source>The file was made by a newer PoYo Desktop (presets file version {version}): update the app to import it.</source>
        <translation>Die Datei stammt von einem neueren PoYo Desktop (Version {version} der Vorlagendatei): Aktualisiere die App, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file holds no presets.</source>
        <translation>Die Datei enthält keine Vorlagen.</translation>
    </message>
    <message>
        <source>The file holds {count} presets; at most {most}.</source>
        <translation>Die Datei enthält {count} Vorlagen; höchstens {most}.</translation>
    </message>
    <message>
        <source>Preset number {number} of the file is damaged: it has no name.</source>
        <translation>Vorlage Nummer {number} der Datei ist beschädigt: Sie hat keinen Namen.</translation>
    </message>
    <message>
        <source>{what} cannot be used: {problem}</source>
        <translation>{what} kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>{what} is damaged: it holds no settings.</source>
        <translation>{what} ist beschädigt: Sie enthält keine Einstellungen.</translation>
    </message>
    <message>
        <source>The preset “{name}”</source>
        <translation>Die Vorlage „{name}“</translation>
    </message>
    <message>
        <source>Preset number {number}</source>
        <translation>Vorlage Nummer {number}</translation>
    </message>
    <message>
        <source>The start image of the preset “{name}”</source>
        <translation>Das Startbild der Vorlage „{name}“</translation>
    </message>
    <message>
        <source>The end image of the preset “{name}”</source>
        <translation>Das Endbild der Vorlage „{name}“</translation>
    </message>
    <message>
        <source>The start image of preset number {number}</source>
        <translation>Das Startbild von Vorlage Nummer {number}</translation>
    </message>
    <message>
        <source>The end image of preset number {number}</source>
        <translation>Das Endbild von Vorlage Nummer {number}</translation>
    </message>
    <message>
        <source>{what} is for a model this app does not know (“{model}”).</source>
        <translation>{what} ist für ein Modell, das diese App nicht kennt („{model}“).</translation>
    </message>
    <message>
        <source>{what} asks for a length this app does not offer (“{length}”).</source>
        <translation>{what} verlangt eine Länge, die diese App nicht anbietet („{length}“).</translation>
    </message>
    <message>
        <source>{what} is damaged: its prompt is not text.</source>
        <translation>{what} ist beschädigt: Ihr Prompt ist kein Text.</translation>
    </message>
    <message>
        <source>{what} is damaged: its negative prompt is not text.</source>
        <translation>{what} ist beschädigt: Ihr negativer Prompt ist kein Text.</translation>
    </message>
    <message>
        <source>{what} has a prompt of {count} characters; PoYo takes at most {most}.</source>
        <translation>{what} hat einen Prompt mit {count} Zeichen; PoYo nimmt höchstens {most}.</translation>
    </message>
    <message>
        <source>{what} has a negative prompt of {count} characters; PoYo takes at most {most}.</source>
        <translation>{what} hat einen negativen Prompt mit {count} Zeichen; PoYo nimmt höchstens {most}.</translation>
    </message>
    <message>
        <source>{subject} is damaged: it holds no picture.</source>
        <translation>{subject} ist beschädigt: Es enthält kein Bild.</translation>
    </message>
    <message>
        <source>{subject} is too big (at most {most}).</source>
        <translation>{subject} ist zu groß (höchstens {most}).</translation>
    </message>
    <message>
        <source>{subject} is damaged: it could not be read.</source>
        <translation>{subject} ist beschädigt: Es konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{subject} is not a picture.</source>
        <translation>{subject} ist kein Bild.</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Gib der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>A preset&apos;s name has at most {most} characters.</source>
        <translation>Der Name einer Vorlage hat höchstens {most} Zeichen.</translation>
    </message>
</context>
<context>
    <name>PresetTransfer</name>
    <message>
        <source>Export Presets</source>
        <translation>Vorlagen exportieren</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Vorlagen importieren</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PoYo presets.json</source>
        <translation>PoYo-Vorlagen.json</translation>
    </message>
    <message>
        <source>The presets could not be exported</source>
        <translation>Die Vorlagen konnten nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n preset(s) to {path}.</source>
        <translation>
            <numerusform>%n Vorlage in {path} gespeichert.</numerusform>
            <numerusform>%n Vorlagen in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pictures are inside the file.</source>
        <translation>Ihre Bilder sind in der Datei.</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Nichts wurde importiert. {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Nothing new: {names} is saved here already.</source>
        <translation>Nichts Neues: {names} ist hier schon gespeichert.</translation>
    </message>
    <message>
        <source>Nothing new: {names} are saved here already.</source>
        <translation>Nichts Neues: {names} sind hier schon gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s): {names}.</source>
        <translation>
            <numerusform>%n Vorlage importiert: {names}.</numerusform>
            <numerusform>%n Vorlagen importiert: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved here already: {names}.</source>
        <translation>Hier schon gespeichert: {names}.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>A preset called “{name}” is saved already.</source>
        <translation>Eine Vorlage namens „{name}“ ist schon gespeichert.</translation>
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
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>„{prompt}“</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>kein Prompt</translation>
    </message>
    <message>
        <source>a negative prompt</source>
        <translation>ein negativer Prompt</translation>
    </message>
</context>
<context>
    <name>PresetsManage</name>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
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
        <source>“{name}” could not be renamed</source>
        <translation>„{name}“ konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? The form and your videos stay as they are.</source>
        <translation>Die Vorlage „{name}“ löschen? Das Formular und deine Videos bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“{name}” could not be deleted</source>
        <translation>„{name}“ konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>PresetsMenu</name>
    <message>
        <source>Save as Preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Manage Presets…</source>
        <translation>Vorlagen verwalten…</translation>
    </message>
    <message>
        <source>Export Presets…</source>
        <translation>Vorlagen exportieren…</translation>
    </message>
    <message>
        <source>Import Presets…</source>
        <translation>Vorlagen importieren…</translation>
    </message>
    <message>
        <source>Reading presets…</source>
        <translation>Vorlagen werden gelesen…</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>The presets could not be read</source>
        <translation>Die Vorlagen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Keep the form as it is now, by a name</source>
        <translation>Das Formular so, wie es jetzt ist, unter einem Namen behalten</translation>
    </message>
    <message>
        <source>The preset “{name}” could not be saved</source>
        <translation>Die Vorlage „{name}“ konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>PresetsSaveDialog</name>
    <message>
        <source>Save as Preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Keep the pictures with it</source>
        <translation>Die Bilder mitspeichern</translation>
    </message>
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
    <message>
        <source>The form has no start or end image to keep.</source>
        <translation>Das Formular hat kein Start- oder Endbild zum Mitspeichern.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>A copy of {names} goes with the preset: it works after the originals move.</source>
        <translation>Eine Kopie von {names} wird mit der Vorlage gespeichert: sie funktioniert auch, wenn die Originale verschoben werden.</translation>
    </message>
    <message>
        <source>Copies of {names} go with the preset: it works after the originals move.</source>
        <translation>Kopien von {names} werden mit der Vorlage gespeichert: sie funktioniert auch, wenn die Originale verschoben werden.</translation>
    </message>
    <message>
        <source>The preset leaves the form&apos;s pictures as they are.</source>
        <translation>Die Vorlage lässt die Bilder des Formulars, wie sie sind.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>A preset called “{name}” is saved already: saving replaces it.</source>
        <translation>Eine Vorlage namens „{name}“ ist schon gespeichert: Speichern ersetzt sie.</translation>
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
    <message>
        <source>This picture stays here but will not be sent with Standard.</source>
        <translation>Dieses Bild bleibt hier, wird mit Standard aber nicht gesendet.</translation>
    </message>
    <message>
        <source>Checking {picture}…</source>
        <extracomment>Problems are shown in the order the fields appear on screen.</extracomment>
        <translation>{picture} wird geprüft…</translation>
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
    <message>
        <source> · in use</source>
        <translation> · aktiv</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>This task could not be paused, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>Diese Aufgabe konnte nicht pausiert werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}). Nichts wurde gesendet oder dafür berechnet.</translation>
    </message>
    <message>
        <source>This task could not be resumed, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>Diese Aufgabe konnte nicht fortgesetzt werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}). Nichts wurde gesendet oder dafür berechnet.</translation>
    </message>
    <message>
        <source>This task could not be cancelled, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>Diese Aufgabe konnte nicht abgebrochen werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}). Nichts wurde gesendet oder dafür berechnet.</translation>
    </message>
    <message>
        <source>This task could not be put back in line, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>Diese Aufgabe konnte nicht wieder in die Warteschlange gestellt werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}). Nichts wurde gesendet oder dafür berechnet.</translation>
    </message>
    <message>
        <source>This task could not be moved, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>Diese Aufgabe konnte nicht verschoben werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}). Nichts wurde gesendet oder dafür berechnet.</translation>
    </message>
</context>
<context>
    <name>QueueEdits</name>
    <message>
        <source>This video is no longer in the list, so nothing was changed.</source>
        <translation>Dieses Video ist nicht mehr in der Liste, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This model is not offered.</source>
        <translation>Dieses Modell wird nicht angeboten.</translation>
    </message>
    <message>
        <source>This video was sent to the demo server while you were editing it, so it can no longer change. Nothing was changed.</source>
        <translation>Dieses Video wurde an den Demo-Server gesendet, während du es bearbeitet hast, daher kann es sich nicht mehr ändern. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This video was sent to PoYo while you were editing it, so it is paid and can no longer change. Nothing was changed.</source>
        <translation>Dieses Video wurde an PoYo gesendet, während du es bearbeitet hast, daher ist es bezahlt und kann sich nicht mehr ändern. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This video was cancelled, so nothing was changed: Send After All puts it back.</source>
        <translation>Dieses Video wurde abgebrochen, daher wurde nichts geändert: Nach allen anderen senden stellt es wieder ein.</translation>
    </message>
    <message>
        <source>This video is being sent now (its pictures are uploading), so it was not changed. Pause it first if you want to edit it.</source>
        <translation>Dieses Video wird gerade gesendet (seine Bilder werden hochgeladen), daher wurde es nicht geändert. Pausiere es zuerst, wenn du es bearbeiten willst.</translation>
    </message>
    <message>
        <source>This video is being changed already.</source>
        <translation>Dieses Video wird schon geändert.</translation>
    </message>
    <message>
        <source>This video could not be changed, because your task history could not be saved ({reason}). It is as it was.</source>
        <translation>Dieses Video konnte nicht geändert werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}). Es ist wie vorher.</translation>
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
        <source>{name} (copy {copy} of {copies})</source>
        <translation>{name} (Kopie {copy} von {copies})</translation>
    </message>
    <message>
        <source>Review the batch</source>
        <extracomment>The person confirmed: record and send every video. Emitted once.</extracomment>
        <translation>Stapel prüfen</translation>
    </message>
    <message>
        <source>Videos to make</source>
        <translation>Zu erstellende Videos</translation>
    </message>
    <message>
        <source>Spending limit</source>
        <translation>Ausgabenlimit</translation>
    </message>
    <message>
        <source>Balance warning</source>
        <translation>Guthabenwarnung</translation>
    </message>
    <message>
        <source>Not sent ({count}):</source>
        <translation>Nicht gesendet ({count}):</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Each video</source>
        <translation>Pro Video</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Guthaben danach</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>{title}:</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message numerus="yes">
        <source>{model} · %n second(s) each</source>
        <translation>
            <numerusform>{model} · je %n Sekunde</numerusform>
            <numerusform>{model} · je %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source> · ending on the same end image</source>
        <translation> · alle enden mit demselben Endbild</translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s)?</source>
        <translation>
            <numerusform>%n Video erstellen?</numerusform>
            <numerusform>%n Videos erstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>not touched: demo videos are free</source>
        <translation>unverändert: Demo-Videos sind kostenlos</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>Preis unbekannt</translation>
    </message>
    <message>
        <source>free in demo mode ({credits} with a key)</source>
        <translation>im Demo-Modus kostenlos ({credits} mit Schlüssel)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Balance unknown: it could not be read just now.</source>
        <translation>Guthaben unbekannt: es konnte gerade nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{short} short (you have {balance})</source>
        <translation>{short} zu wenig (du hast {balance})</translation>
    </message>
    <message>
        <source>{left} left of {balance}</source>
        <translation>{left} übrig von {balance}</translation>
    </message>
    <message numerus="yes">
        <source>Your balance pays for {paid} of these %n videos. PoYo will refuse the rest (nothing is charged for those): top up on poyo.ai first, or make fewer.</source>
        <translation>
            <numerusform>Dein Guthaben reicht für {paid} von %n Video. PoYo lehnt den Rest ab (dafür wird nichts berechnet): lade zuerst auf poyo.ai auf oder erstelle weniger.</numerusform>
            <numerusform>Dein Guthaben reicht für {paid} von diesen %n Videos. PoYo lehnt den Rest ab (dafür wird nichts berechnet): lade zuerst auf poyo.ai auf oder erstelle weniger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s) (free)</source>
        <translation>
            <numerusform>%n Video erstellen (kostenlos)</numerusform>
            <numerusform>%n Videos erstellen (kostenlos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s)</source>
        <translation>
            <numerusform>%n Video erstellen</numerusform>
            <numerusform>%n Videos erstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s) — {credits}</source>
        <translation>
            <numerusform>%n Video erstellen — {credits}</numerusform>
            <numerusform>%n Videos erstellen — {credits}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Choose a model: Standard or Pro.</source>
        <translation>Wähle ein Modell: Standard oder Pro.</translation>
    </message>
    <message>
        <source>Write a prompt: describe what should happen.</source>
        <translation>Schreib einen Prompt: beschreibe, was passieren soll.</translation>
    </message>
    <message>
        <source>The prompt is {length} characters; PoYo accepts at most {limit}.</source>
        <translation>Der Prompt hat {length} Zeichen; PoYo nimmt höchstens {limit}.</translation>
    </message>
    <message>
        <source>Kling may ignore text beyond {limit} characters (this prompt has {length}).</source>
        <translation>Kling ignoriert Text nach {limit} Zeichen vielleicht (dieser Prompt hat {length}).</translation>
    </message>
    <message>
        <source>The negative prompt is {length} characters; PoYo accepts at most {limit}.</source>
        <translation>Der negative Prompt hat {length} Zeichen; PoYo nimmt höchstens {limit}.</translation>
    </message>
    <message>
        <source>Choose a length of 5 or 10 seconds.</source>
        <translation>Wähle eine Länge von 5 oder 10 Sekunden.</translation>
    </message>
    <message>
        <source>Add a start image: the first frame of the video.</source>
        <translation>Füge ein Startbild hinzu: den ersten Frame des Videos.</translation>
    </message>
    <message>
        <source>Only Kling 2.1 Pro takes an end image.</source>
        <translation>Nur Kling 2.1 Pro nimmt ein Endbild.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Could not save your API key in the system keychain: it did not accept it (it may be locked, or its unlock prompt was closed). Nothing was saved.</source>
        <translation>Dein API-Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden: Er hat ihn nicht angenommen (vielleicht ist er gesperrt, oder seine Entsperr-Abfrage wurde geschlossen). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Your API key was saved in the system keychain, but an older key in {file} could not be removed ({reason}), and it would be used instead. Remove that file, then save again.</source>
        <translation>Dein API-Schlüssel wurde im Schlüsselbund des Systems gespeichert, aber ein älterer Schlüssel in {file} konnte nicht entfernt werden ({reason}) und würde stattdessen verwendet. Entferne diese Datei und speichere dann erneut.</translation>
    </message>
    <message>
        <source>Could not remove your API key from the system keychain: it did not allow it (it may be locked, or its unlock prompt was closed). Nothing was changed.</source>
        <translation>Dein API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden: Er hat es nicht erlaubt (vielleicht ist er gesperrt, oder seine Entsperr-Abfrage wurde geschlossen). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not remove your API key from {file}: {reason}.</source>
        <translation>Dein API-Schlüssel konnte nicht aus {file} entfernt werden: {reason}.</translation>
    </message>
    <message>
        <source>Could not save your API key: {reason}.</source>
        <translation>Dein API-Schlüssel konnte nicht gespeichert werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>The start image</source>
        <translation>Das Startbild</translation>
    </message>
    <message>
        <source>The end image</source>
        <translation>Das Endbild</translation>
    </message>
    <message>
        <source>The start image is missing.</source>
        <translation>Das Startbild fehlt.</translation>
    </message>
    <message>
        <source>The end image is missing.</source>
        <translation>Das Endbild fehlt.</translation>
    </message>
    <message>
        <source>The start image could not be read: {reason}.</source>
        <translation>Das Startbild konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The end image could not be read: {reason}.</source>
        <translation>Das Endbild konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Uploading the start image failed. {words}</source>
        <translation>Das Hochladen des Startbilds ist fehlgeschlagen. {words}</translation>
    </message>
    <message>
        <source>Uploading the end image failed. {words}</source>
        <translation>Das Hochladen des Endbilds ist fehlgeschlagen. {words}</translation>
    </message>
    <message>
        <source>The app was closed while sending this task, so it may or may not have been created.</source>
        <translation>Die App wurde beim Senden dieser Aufgabe geschlossen, daher wurde sie vielleicht erstellt, vielleicht auch nicht.</translation>
    </message>
    <message>
        <source>Not sent: today&apos;s spending could not be checked ({reason}). Nothing was charged; try again once that is fixed.</source>
        <translation>Nicht gesendet: Die heutigen Ausgaben konnten nicht geprüft werden ({reason}). Nichts wurde berechnet; versuche es erneut, sobald das behoben ist.</translation>
    </message>
</context>
<context>
    <name>SendingPause</name>
    <message>
        <source>Sending is paused, but this could not be kept for the next start, because your task history could not be saved ({reason}).</source>
        <translation>Das Senden ist angehalten, aber das konnte nicht für den nächsten Start gespeichert werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}).</translation>
    </message>
    <message>
        <source>Sending is resumed, but this could not be kept for the next start, because your task history could not be saved ({reason}).</source>
        <translation>Das Senden läuft wieder, aber das konnte nicht für den nächsten Start gespeichert werden, weil dein Aufgabenverlauf nicht gespeichert werden konnte ({reason}).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a folder for your videos.</source>
        <translation>Wähle einen Ordner für deine Videos.</translation>
    </message>
    <message>
        <source>That path is a file, not a folder.</source>
        <translation>Dieser Pfad ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>You do not have permission to save files in that folder.</source>
        <translation>Du hast keine Berechtigung, Dateien in diesem Ordner zu speichern.</translation>
    </message>
    <message>
        <source>Check every {low} to {high} seconds.</source>
        <translation>Wähle einen Abstand von {low} bis {high} Sekunden.</translation>
    </message>
    <message>
        <source>Choose {low} to {high} tasks.</source>
        <translation>Wähle {low} bis {high} Aufgaben.</translation>
    </message>
    <message>
        <source>A callback address must start with https://.</source>
        <translation>Eine Callback-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The amount to ask about must be {low} to {high} credits.</source>
        <translation>Der Betrag für die Nachfrage muss zwischen {low} und {high} Credits liegen.</translation>
    </message>
    <message>
        <source>The daily limit must be {low} to {high} credits.</source>
        <translation>Das Tageslimit muss zwischen {low} und {high} Credits liegen.</translation>
    </message>
    <message>
        <source>The limit for this session must be {low} to {high} credits.</source>
        <translation>Das Limit für diese Sitzung muss zwischen {low} und {high} Credits liegen.</translation>
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
        <source>No key yet? Create one on &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt;. Without a key the app runs in demo mode.</source>
        <translation>Noch kein Schlüssel? Erstelle einen auf &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt;. Ohne Schlüssel läuft die App im Demo-Modus.</translation>
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
        <source>When this is off, where a photo was taken and the camera&apos;s make, model and serial number are removed before the photo is uploaded.</source>
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
        <source>On a picture box</source>
        <translation>In einem Bildfeld</translation>
    </message>
    <message>
        <source>Paste a copied picture</source>
        <translation>Ein kopiertes Bild einfügen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Das Bild entfernen</translation>
    </message>
    <message>
        <source>In Your videos</source>
        <translation>In Deine Videos</translation>
    </message>
    <message>
        <source>Play the selected video</source>
        <translation>Das gewählte Video abspielen</translation>
    </message>
    <message>
        <source>Hold its video a frame back or forward</source>
        <translation>Sein Video einen Frame zurück oder vor</translation>
    </message>
    <message>
        <source>Remove it from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Open its menu</source>
        <translation>Sein Menü öffnen</translation>
    </message>
    <message>
        <source>In the preview</source>
        <translation>In der Vorschau</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <source>A second back or forward</source>
        <translation>Eine Sekunde zurück oder vor</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>Ein Frame zurück</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>Ein Frame vor</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Einen Dialog schließen</translation>
    </message>
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
    <message>
        <source>Copy Message</source>
        <translation>Meldung kopieren</translation>
    </message>
</context>
<context>
    <name>SlotFixing</name>
    <message>
        <source>Fix this picture…</source>
        <translation>Dieses Bild korrigieren…</translation>
    </message>
    <message>
        <source>Crop to match the start image…</source>
        <translation>Passend zum Startbild zuschneiden…</translation>
    </message>
</context>
<context>
    <name>SlotLook</name>
    <message>
        <source>{picture} preview</source>
        <translation>Vorschau {picture}</translation>
    </message>
</context>
<context>
    <name>SlotView</name>
    <message>
        <source>No picture yet. Drop a photo here, press Ctrl+V to paste, or Space to browse.</source>
        <translation>Noch kein Bild. Zieh ein Foto hierher, drücke Strg+V zum Einfügen oder die Leertaste zum Durchsuchen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Remove the {picture}</source>
        <translation>{picture} entfernen</translation>
    </message>
    <message>
        <source>Remove {picture}</source>
        <translation>{picture} entfernen</translation>
    </message>
    <message>
        <source>Drop a photo here, or Browse… / Paste</source>
        <translation>Foto hier ablegen, oder Durchsuchen… / Einfügen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the {picture}</source>
        <translation>{picture} suchen</translation>
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
        <source>Paste the {picture}</source>
        <translation>{picture} einfügen</translation>
    </message>
    <message>
        <source>Use the picture or image file you copied (Ctrl+V)</source>
        <translation>Das kopierte Bild oder die kopierte Bilddatei verwenden (Strg+V)</translation>
    </message>
</context>
<context>
    <name>SpendingPhrases</name>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Nicht erstellt</translation>
    </message>
    <message>
        <source>amount to ask about</source>
        <translation>Betrag für die Nachfrage</translation>
    </message>
    <message>
        <source>daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>limit for this session</source>
        <translation>Limit für diese Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>Make this %n-second Pro video for {price}?</source>
        <translation>
            <numerusform>Dieses Pro-Video mit %n Sekunde für {price} erstellen?</numerusform>
            <numerusform>Dieses Pro-Video mit %n Sekunden für {price} erstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make this %n-second Standard video for {price}?</source>
        <translation>
            <numerusform>Dieses Standard-Video mit %n Sekunde für {price} erstellen?</numerusform>
            <numerusform>Dieses Standard-Video mit %n Sekunden für {price} erstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the {what} in credits, for example 1000.</source>
        <translation>Gib {what} in Credits ein, zum Beispiel 1000.</translation>
    </message>
    <message>
        <source>The {what} must be a whole number of credits, for example 1000 (not “{text}”).</source>
        <translation>{what}: bitte eine ganze Zahl Credits, zum Beispiel 1000 (nicht „{text}“).</translation>
    </message>
    <message>
        <source>The {what} must be {low} to {high} credits.</source>
        <translation>{what}: bitte {low} bis {high} Credits.</translation>
    </message>
    <message>
        <source>Your {limit}-credit daily limit stops this batch</source>
        <translation>Dein Tageslimit von {limit} Credits stoppt diesen Stapel</translation>
    </message>
    <message>
        <source>Your {limit}-credit limit for this session stops this batch</source>
        <translation>Dein Limit von {limit} Credits für diese Sitzung stoppt diesen Stapel</translation>
    </message>
    <message numerus="yes">
        <source>{stops} before its first video: all %n will wait and ask you first.</source>
        <translation>
            <numerusform>{stops} vor seinem ersten Video: %n wartet und fragt dich zuerst.</numerusform>
            <numerusform>{stops} vor seinem ersten Video: alle %n warten und fragen dich zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>{stops} at its last video: that one will wait and ask you first.</source>
        <translation>{stops} bei seinem letzten Video: dieses wartet und fragt dich zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>{stops} at video {next}: {fits} fit, the other %n will wait and ask you first.</source>
        <translation>
            <numerusform>{stops} bei Video {next}: {fits} passen, %n weiteres wartet und fragt dich zuerst.</numerusform>
            <numerusform>{stops} bei Video {next}: {fits} passen, die anderen %n warten und fragen dich zuerst.</numerusform>
        </translation>
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
    <message>
        <source>credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>credits (about {dollars})</source>
        <translation>Credits (etwa {dollars})</translation>
    </message>
</context>
<context>
    <name>SpendingWords</name>
    <message>
        <source>Not sent: today&apos;s spending would reach {reach} of your {limit}-credit daily limit (about {dollars}). Raise the limit in Settings or send it anyway.</source>
        <translation>Nicht gesendet: Die heutigen Ausgaben würden {reach} deines Tageslimits von {limit} Credits erreichen (etwa {dollars}). Erhöhe das Limit in den Einstellungen oder sende es trotzdem.</translation>
    </message>
    <message>
        <source>Not sent: spending since the app started would reach {reach} of your {limit}-credit limit for this session (about {dollars}). Raise the limit in Settings or send it anyway.</source>
        <translation>Nicht gesendet: Die Ausgaben seit dem Start der App würden {reach} deines Limits von {limit} Credits für diese Sitzung erreichen (etwa {dollars}). Erhöhe das Limit in den Einstellungen oder sende es trotzdem.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Demo mode — simulated videos</source>
        <translation>Demo-Modus — simulierte Videos</translation>
    </message>
    <message>
        <source>PoYo answers again: your videos carry on.</source>
        <translation>PoYo antwortet wieder: deine Videos laufen weiter.</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <source>Your videos wait; nothing is lost.</source>
        <translation>Deine Videos warten; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Videos are simulated on this computer, for free. Add your PoYo API key in Settings to make real ones.</source>
        <translation>Videos werden auf diesem Computer simuliert, kostenlos. Füge in den Einstellungen deinen PoYo-API-Schlüssel hinzu, um echte zu erstellen.</translation>
    </message>
    <message>
        <source>Connecting to PoYo…</source>
        <translation>Verbindung zu PoYo…</translation>
    </message>
    <message>
        <source>Connecting to PoYo at {server}…</source>
        <translation>Verbindung zu PoYo auf {server}…</translation>
    </message>
    <message>
        <source>Connected to PoYo</source>
        <translation>Mit PoYo verbunden</translation>
    </message>
    <message>
        <source>Connected to PoYo at {server}</source>
        <translation>Mit PoYo auf {server} verbunden</translation>
    </message>
    <message>
        <source>Balance read at {time}.</source>
        <translation>Guthaben gelesen um {time}.</translation>
    </message>
    <message>
        <source>Balance read.</source>
        <translation>Guthaben gelesen.</translation>
    </message>
    <message>
        <source>It is read again after each video and every minute or so while videos are being made.</source>
        <translation>Es wird nach jedem Video und etwa jede Minute neu gelesen, während Videos erstellt werden.</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key — check it in Settings</source>
        <translation>PoYo hat deinen API-Schlüssel nicht angenommen — prüfe ihn in den Einstellungen</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key.</source>
        <translation>PoYo hat deinen API-Schlüssel nicht angenommen.</translation>
    </message>
    <message>
        <source>Cannot reach PoYo — retrying…</source>
        <translation>PoYo nicht erreichbar — neuer Versuch…</translation>
    </message>
    <message>
        <source>Cannot reach PoYo at {server} — retrying…</source>
        <translation>PoYo auf {server} nicht erreichbar — neuer Versuch…</translation>
    </message>
    <message>
        <source>PoYo is having trouble — retrying…</source>
        <translation>PoYo hat Probleme — neuer Versuch…</translation>
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
<context>
    <name>StoreErrors</name>
    <message>
        <source>Could not open your task history</source>
        <translation>Dein Aufgabenverlauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not read your task history</source>
        <translation>Dein Aufgabenverlauf konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save your task history</source>
        <translation>Dein Aufgabenverlauf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not keep a copy of your image</source>
        <translation>Eine Kopie deines Bildes konnte nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>Your task history was saved by a newer version of PoYo Desktop (history format {found}; this version understands up to {supported}). Please update PoYo Desktop. Your history was left untouched.</source>
        <translation>Dein Aufgabenverlauf wurde von einer neueren Version von PoYo Desktop gespeichert (Verlaufsformat {found}; diese Version versteht bis {supported}). Bitte aktualisiere PoYo Desktop. Dein Verlauf wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>PoYo Desktop is not allowed to change the history file</source>
        <translation>PoYo Desktop darf die Verlaufsdatei nicht ändern</translation>
    </message>
    <message>
        <source>another program is using the history file; try again</source>
        <translation>ein anderes Programm benutzt die Verlaufsdatei; versuche es erneut</translation>
    </message>
    <message>
        <source>the history file is damaged; restart PoYo Desktop to repair it</source>
        <translation>die Verlaufsdatei ist beschädigt; starte PoYo Desktop neu, um sie zu reparieren</translation>
    </message>
    <message>
        <source>PoYo Desktop is not allowed to read or write the file</source>
        <translation>PoYo Desktop darf die Datei nicht lesen oder schreiben</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>die Verlaufsdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the history file could not be opened</source>
        <translation>die Verlaufsdatei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>der Computer hat keinen freien Arbeitsspeicher mehr</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>die Datei wurde nicht gefunden</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{action}: {reason}.</source>
        <translation>{action}: {reason}.</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; none of your tasks could be recovered.</source>
        <translation>Deine Verlaufsdatei war beschädigt. Eine Kopie liegt unter {path}; keine deiner Aufgaben konnte wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; 1 of your tasks was recovered.</source>
        <translation>Deine Verlaufsdatei war beschädigt. Eine Kopie liegt unter {path}; 1 deiner Aufgaben wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; {count} of your tasks were recovered.</source>
        <translation>Deine Verlaufsdatei war beschädigt. Eine Kopie liegt unter {path}; {count} deiner Aufgaben wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The history file belongs to another program, so PoYo Desktop left it untouched.</source>
        <translation>Die Verlaufsdatei gehört zu einem anderen Programm, daher hat PoYo Desktop sie nicht verändert.</translation>
    </message>
    <message>
        <source>the history file or its folder is read-only</source>
        <translation>die Verlaufsdatei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>TaskAlerts</name>
    <message numerus="yes">
        <source>%n video(s) in progress</source>
        <translation>
            <numerusform>%n Video in Arbeit</numerusform>
            <numerusform>%n Videos in Arbeit</numerusform>
        </translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>„{prompt}“</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Dein Video</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>Your video failed</source>
        <translation>Dein Video ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>Dein Video ist fertig</translation>
    </message>
    <message>
        <source>Click to watch it.</source>
        <translation>Klicke, um es anzusehen.</translation>
    </message>
</context>
<context>
    <name>TaskChoices</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Check Status Again</source>
        <translation>Status erneut prüfen</translation>
    </message>
    <message>
        <source>Submit Again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Send Next</source>
        <translation>Als Nächstes senden</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Send Last</source>
        <translation>Als Letztes senden</translation>
    </message>
    <message>
        <source>Cancel (Not Paid)</source>
        <translation>Abbrechen (nicht bezahlt)</translation>
    </message>
    <message>
        <source>Send After All</source>
        <translation>Nach allen anderen senden</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>Why {name} is not available:</source>
        <translation>Warum {name} nicht verfügbar ist:</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>Why {names} are not available:</source>
        <translation>Warum {names} nicht verfügbar sind:</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Task ID copied.</source>
        <translation>Aufgaben-ID kopiert.</translation>
    </message>
    <message>
        <source>Task settings copied as JSON.</source>
        <translation>Einstellungen der Aufgabe als JSON kopiert.</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <source>Remove this task from your history?</source>
        <translation>Diese Aufgabe aus deinem Verlauf entfernen?</translation>
    </message>
    <message>
        <source>Also delete the video file</source>
        <translation>Auch die Videodatei löschen</translation>
    </message>
    <message>
        <source>It is still in progress; the app will stop following it.</source>
        <translation>Sie ist noch in Arbeit; die App verfolgt sie dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TaskDecisions</name>
    <message>
        <source>This task was made in demo mode, so it can be retried only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Diese Aufgabe wurde im Demo-Modus erstellt, daher kann sie nur im Demo-Modus wiederholt werden: Entferne deinen API-Schlüssel in den Einstellungen oder starte PoYo Desktop mit --demo.</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be checked again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Diese Aufgabe wurde im Demo-Modus erstellt, daher kann sie nur im Demo-Modus erneut geprüft werden: Entferne deinen API-Schlüssel in den Einstellungen oder starte PoYo Desktop mit --demo.</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be sent again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Diese Aufgabe wurde im Demo-Modus erstellt, daher kann sie nur im Demo-Modus erneut gesendet werden: Entferne deinen API-Schlüssel in den Einstellungen oder starte PoYo Desktop mit --demo.</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be checked again or sent again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Diese Aufgabe wurde im Demo-Modus erstellt, daher kann sie nur im Demo-Modus erneut geprüft oder erneut gesendet werden: Entferne deinen API-Schlüssel in den Einstellungen oder starte PoYo Desktop mit --demo.</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be followed only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Diese Aufgabe wurde im Demo-Modus erstellt, daher kann sie nur im Demo-Modus verfolgt werden: Entferne deinen API-Schlüssel in den Einstellungen oder starte PoYo Desktop mit --demo.</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be retried only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Diese Aufgabe wurde mit deinem PoYo-Konto erstellt, daher kann sie nur mit deinem API-Schlüssel wiederholt werden: Füge ihn in den Einstellungen hinzu (wenn er schon da ist, starte PoYo Desktop ohne --demo).</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be checked again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Diese Aufgabe wurde mit deinem PoYo-Konto erstellt, daher kann sie nur mit deinem API-Schlüssel erneut geprüft werden: Füge ihn in den Einstellungen hinzu (wenn er schon da ist, starte PoYo Desktop ohne --demo).</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be sent again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Diese Aufgabe wurde mit deinem PoYo-Konto erstellt, daher kann sie nur mit deinem API-Schlüssel erneut gesendet werden: Füge ihn in den Einstellungen hinzu (wenn er schon da ist, starte PoYo Desktop ohne --demo).</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be checked again or sent again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Diese Aufgabe wurde mit deinem PoYo-Konto erstellt, daher kann sie nur mit deinem API-Schlüssel erneut geprüft oder erneut gesendet werden: Füge ihn in den Einstellungen hinzu (wenn er schon da ist, starte PoYo Desktop ohne --demo).</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be followed only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Diese Aufgabe wurde mit deinem PoYo-Konto erstellt, daher kann sie nur mit deinem API-Schlüssel verfolgt werden: Füge ihn in den Einstellungen hinzu (wenn er schon da ist, starte PoYo Desktop ohne --demo).</translation>
    </message>
    <message>
        <source>Already sent to PoYo — it is paid and can only stop being followed (Remove from List stops following it).</source>
        <translation>Bereits an PoYo gesendet — die Aufgabe ist bezahlt und kann nur nicht mehr verfolgt werden („Aus der Liste entfernen“ beendet das Verfolgen).</translation>
    </message>
    <message>
        <source>already sent, paid</source>
        <translation>bereits gesendet, bezahlt</translation>
    </message>
    <message>
        <source>PoYo could not make this video.</source>
        <translation>PoYo konnte dieses Video nicht erstellen.</translation>
    </message>
    <message>
        <source>{message} It was not made again by itself, because the app now uses your PoYo account (a new task is charged): press Retry to make it again here.</source>
        <translation>{message} Es wurde nicht von selbst erneut erstellt, weil die App jetzt dein PoYo-Konto verwendet (eine neue Aufgabe wird berechnet): Drücke Wiederholen, um es hier erneut zu erstellen.</translation>
    </message>
    <message>
        <source>{message} It was not made again by itself, because the app now uses demo mode: press Retry to make it again here.</source>
        <translation>{message} Es wurde nicht von selbst erneut erstellt, weil die App jetzt den Demo-Modus verwendet: Drücke Wiederholen, um es hier erneut zu erstellen.</translation>
    </message>
    <message>
        <source>only in demo mode</source>
        <translation>nur im Demo-Modus</translation>
    </message>
    <message>
        <source>needs your API key</source>
        <translation>braucht deinen API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>TaskListView</name>
    <message>
        <source>Enter plays the video, Space pauses it, Delete removes it, Shift+F10 opens its menu.</source>
        <translation>Eingabe spielt das Video ab, die Leertaste hält es an, Entf entfernt es, Umschalt+F10 öffnet sein Menü.</translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation>Noch keine Videos</translation>
    </message>
    <message>
        <source>Pick a photo, describe what should happen, and your videos appear here.</source>
        <translation>Wähle ein Foto, beschreibe, was passieren soll, und deine Videos erscheinen hier.</translation>
    </message>
    <message>
        <source>No videos match</source>
        <translation>Keine passenden Videos</translation>
    </message>
    <message>
        <source>Try other words, or clear the filter.</source>
        <translation>Versuche andere Wörter oder leere den Filter.</translation>
    </message>
    <message>
        <source>Your videos</source>
        <translation>Deine Videos</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Tell you when a new version of {app} is out? It looks once a week. &lt;a href=&apos;yes&apos;&gt;Yes&lt;/a&gt; · &lt;a href=&apos;no&apos;&gt;No&lt;/a&gt;</source>
        <translation>Dir sagen, wenn eine neue Version von {app} erscheint? Es wird einmal pro Woche nachgesehen. &lt;a href=&apos;yes&apos;&gt;Ja&lt;/a&gt; · &lt;a href=&apos;no&apos;&gt;Nein&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{app} {version} is out: &lt;a href=&apos;{url}&apos;&gt;see what is new&lt;/a&gt;</source>
        <translation>{app} {version} ist erschienen: &lt;a href=&apos;{url}&apos;&gt;sieh dir an, was neu ist&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>UploadImage</name>
    <message>
        <source>{subject} could not be prepared for upload: {reason}.</source>
        <extracomment>Formats that lose nothing: a picture in one is tried as PNG first when re-encoded.</extracomment>
        <translation>{subject} konnte nicht für das Hochladen vorbereitet werden: {reason}.</translation>
    </message>
    <message>
        <source>{subject} could not be prepared for upload: a disk error.</source>
        <translation>{subject} konnte nicht für das Hochladen vorbereitet werden: ein Fehler des Datenträgers.</translation>
    </message>
    <message>
        <source>{subject} could not be made smaller than {limit}.</source>
        <translation>{subject} konnte nicht kleiner als {limit} gemacht werden.</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Videovorschau</translation>
    </message>
    <message>
        <source>Your videos appear here.</source>
        <translation>Deine Videos erscheinen hier.</translation>
    </message>
    <message>
        <source>Choose a photo, write a sentence, press Generate.</source>
        <translation>Wähle ein Foto, schreib einen Satz, drücke Erstellen.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Es wurde vielleicht verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <source>Stopped. Press Play to watch again.</source>
        <translation>Angehalten. Drücke Abspielen, um es noch einmal anzusehen.</translation>
    </message>
    <message>
        <source>The video file is missing.</source>
        <translation>Die Videodatei fehlt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Save video as</source>
        <translation>Video speichern unter</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Could not save the video: {reason}</source>
        <translation>Das Video konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>This video can&apos;t be played. The file may be damaged or incomplete.</source>
        <translation>Dieses Video kann nicht abgespielt werden. Die Datei ist vielleicht beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>„{name}“ gespeichert</translation>
    </message>
    <message>
        <source>No program on this computer could open the video.</source>
        <translation>Kein Programm auf diesem Computer konnte das Video öffnen.</translation>
    </message>
    <message>
        <source>Could not open the folder.</source>
        <translation>Der Ordner konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Space plays and pauses, Left and Right jump a second, comma and period step a frame.</source>
        <extracomment>The preview&apos;s accessible description: what its keys do.</extracomment>
        <translation>Die Leertaste spielt ab und hält an, Links und Rechts springen eine Sekunde, Komma und Punkt gehen einen Frame weiter.</translation>
    </message>
</context>
<context>
    <name>VideoReader</name>
    <message>
        <source>The video took too long to open.</source>
        <translation>Das Video hat zu lange zum Öffnen gebraucht.</translation>
    </message>
    <message>
        <source>The video has no length: the file may be incomplete.</source>
        <translation>Das Video hat keine Länge: die Datei ist vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>No picture could be read from the video.</source>
        <translation>Aus dem Video konnte kein Bild gelesen werden.</translation>
    </message>
    <message>
        <source>No picture could be read at that moment of the video.</source>
        <translation>An dieser Stelle des Videos konnte kein Bild gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the video took too long.</source>
        <translation>Das Lesen des Videos hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>This file is not a video the app can read.</source>
        <translation>Diese Datei ist kein Video, das die App lesen kann.</translation>
    </message>
    <message>
        <source>The video could not be read: the file may be damaged or incomplete.</source>
        <translation>Das Video konnte nicht gelesen werden: die Datei ist vielleicht beschädigt oder unvollständig.</translation>
    </message>
</context>
<context>
    <name>VideoWriter</name>
    <message>
        <source>The new video could not be written: the encoder stopped.</source>
        <translation>Das neue Video konnte nicht geschrieben werden: Der Encoder hat angehalten.</translation>
    </message>
    <message>
        <source>The new video took too long to write.</source>
        <translation>Das Schreiben des neuen Videos hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>The encoder stopped taking pictures.</source>
        <translation>Der Encoder hat keine Bilder mehr angenommen.</translation>
    </message>
    <message>
        <source>The new video could not be written: {reason}.</source>
        <translation>Das neue Video konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The new video could not be written: the encoder failed.</source>
        <translation>Das neue Video konnte nicht geschrieben werden: Der Encoder ist fehlgeschlagen.</translation>
    </message>
</context>
</TS>
