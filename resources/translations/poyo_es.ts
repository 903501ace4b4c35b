<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>Turn a photo and a sentence into a short video with PoYo&apos;s Kling 2.1 models.</source>
        <translation>Convierte una foto y una frase en un vídeo corto con los modelos Kling 2.1 de PoYo.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Publicado con la licencia MIT.</translation>
    </message>
    <message>
        <source>Your PoYo account</source>
        <translation>Tu cuenta de PoYo</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>Enter your API key first.</source>
        <translation>Primero escribe tu clave API.</translation>
    </message>
    <message>
        <source>The test could not run</source>
        <translation>No se pudo hacer la prueba</translation>
    </message>
    <message>
        <source>The test could not run: {reason}</source>
        <translation>No se pudo hacer la prueba: {reason}</translation>
    </message>
    <message>
        <source>Connected as {email}. {credits} credits left.</source>
        <translation>Conectado como {email}. Quedan {credits} créditos.</translation>
    </message>
    <message>
        <source>Connected. {credits} credits left.</source>
        <translation>Conectado. Quedan {credits} créditos.</translation>
    </message>
    <message>
        <source>The balance could not be read</source>
        <translation>No se pudo leer el saldo</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Make a video from the form (Ctrl+Enter)</source>
        <translation>Hacer un vídeo con el formulario (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open Videos &amp;Folder</source>
        <translation>Abrir la carpeta de &amp;vídeos</translation>
    </message>
    <message>
        <source>S&amp;pending…</source>
        <translation>&amp;Gastos…</translation>
    </message>
    <message>
        <source>What your videos cost: today, this month, each one</source>
        <translation>Lo que cuestan tus vídeos: hoy, este mes, cada uno</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;About PoYo Desktop</source>
        <translation>&amp;Acerca de PoYo Desktop</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Every key the app answers to</source>
        <translation>Todas las teclas a las que responde la aplicación</translation>
    </message>
    <message>
        <source>PoYo &amp;Website</source>
        <translation>&amp;Web de PoYo</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>&amp;Open Video</source>
        <translation>&amp;Abrir vídeo</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Copy Task ID</source>
        <translation>&amp;Copiar ID de la tarea</translation>
    </message>
    <message>
        <source>Copy Settings as &amp;JSON</source>
        <translation>Copiar los ajustes como &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>&amp;Usar de nuevo estos ajustes</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try this task again: fetch its video, or make it again if it failed</source>
        <translation>Intentar de nuevo esta tarea: descargar su vídeo, o hacerlo otra vez si falló</translation>
    </message>
    <message>
        <source>Check &amp;Status Again</source>
        <translation>Comprobar el &amp;estado otra vez</translation>
    </message>
    <message>
        <source>Ask PoYo whether this task was created and how it is doing</source>
        <translation>Preguntar a PoYo si esta tarea se creó y cómo va</translation>
    </message>
    <message>
        <source>Submit &amp;Again…</source>
        <translation>Enviar de &amp;nuevo…</translation>
    </message>
    <message>
        <source>Send this task again (it may be charged twice)</source>
        <translation>Enviar esta tarea otra vez (puede cobrarse dos veces)</translation>
    </message>
    <message>
        <source>Re&amp;move from List…</source>
        <translation>&amp;Quitar de la lista…</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Keep this task from being sent until you resume it</source>
        <translation>No enviar esta tarea hasta que la reanudes</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>Let this task be sent</source>
        <translation>Dejar que se envíe esta tarea</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change this task&apos;s prompt, length or model before it is sent (free)</source>
        <translation>Cambiar el prompt, la duración o el modelo de esta tarea antes de enviarla (gratis)</translation>
    </message>
    <message>
        <source>Send &amp;Next</source>
        <translation>Enviar la &amp;siguiente</translation>
    </message>
    <message>
        <source>Send this task before the others waiting</source>
        <translation>Enviar esta tarea antes que las demás en espera</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>One place earlier in line</source>
        <translation>Un puesto antes en la cola</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>One place later</source>
        <translation>Un puesto después</translation>
    </message>
    <message>
        <source>Send &amp;Last</source>
        <translation>Enviar la ú&amp;ltima</translation>
    </message>
    <message>
        <source>Send this task after the others waiting</source>
        <translation>Enviar esta tarea después de las demás en espera</translation>
    </message>
    <message>
        <source>&amp;Cancel (Not Paid)</source>
        <translation>&amp;Cancelar (sin pagar)</translation>
    </message>
    <message>
        <source>Take this task out of line: it was not sent, so nothing is charged</source>
        <translation>Sacar esta tarea de la cola: no se envió, así que no se cobra nada</translation>
    </message>
    <message>
        <source>Send &amp;After All</source>
        <translation>Enviar &amp;después de todas</translation>
    </message>
    <message>
        <source>Put this cancelled task back in line, at its end</source>
        <translation>Volver a poner esta tarea cancelada en la cola, al final</translation>
    </message>
    <message>
        <source>Pause Sending</source>
        <translation>Pausar envíos</translation>
    </message>
    <message>
        <source>Keep every task not sent yet (and new ones) from being sent, until you resume</source>
        <translation>No enviar ninguna tarea pendiente (ni las nuevas) hasta que reanudes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tarea</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Resume Sending</source>
        <translation>Reanudar envíos</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>Something went wrong while talking to PoYo.</source>
        <translation>Algo salió mal al hablar con PoYo.</translation>
    </message>
    <message>
        <source>PoYo did not accept the request.</source>
        <extracomment>``default_message`` without its promise that the app will try again (&quot;&quot;: the same)</extracomment>
        <translation>PoYo no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key. Check it in Settings (it may be mistyped or revoked).</source>
        <translation>PoYo no aceptó tu clave API. Revísala en Ajustes (puede estar mal escrita o revocada).</translation>
    </message>
    <message>
        <source>The server address starts with http://, which would send your API key unencrypted. Use an https:// address in Settings.</source>
        <translation>La dirección del servidor empieza por http://, con lo que tu clave API se enviaría sin cifrar. Usa una dirección https:// en Ajustes.</translation>
    </message>
    <message>
        <source>Your PoYo account is not allowed to do this.</source>
        <translation>Tu cuenta de PoYo no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>Your PoYo account does not have enough credits for this video. Top up on poyo.ai, then try again.</source>
        <translation>Tu cuenta de PoYo no tiene créditos suficientes para este vídeo. Recarga en poyo.ai y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>PoYo does not know this task (it may belong to another account).</source>
        <translation>PoYo no conoce esta tarea (puede ser de otra cuenta).</translation>
    </message>
    <message>
        <source>The download link for this video has expired or was removed (PoYo&apos;s result links last about a day).</source>
        <translation>El enlace de descarga de este vídeo ha caducado o se ha quitado (los enlaces de resultados de PoYo duran un día, más o menos).</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests. The app will wait and try again.</source>
        <translation>PoYo está recibiendo demasiadas solicitudes. La aplicación esperará y lo volverá a intentar.</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests.</source>
        <translation>PoYo está recibiendo demasiadas solicitudes.</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers are having trouble right now. Please try again shortly.</source>
        <translation>Los servidores de PoYo tienen problemas ahora mismo. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not reach PoYo. Check your internet connection; the app will keep trying.</source>
        <translation>No se pudo conectar con PoYo. Revisa tu conexión a internet; la aplicación lo seguirá intentando.</translation>
    </message>
    <message>
        <source>Could not reach PoYo. Check your internet connection.</source>
        <translation>No se pudo conectar con PoYo. Revisa tu conexión a internet.</translation>
    </message>
    <message>
        <source>The download stalled. It can be downloaded again.</source>
        <translation>La descarga se quedó parada. Se puede volver a descargar.</translation>
    </message>
    <message>
        <source>The download broke off. It can be downloaded again.</source>
        <translation>La descarga se cortó. Se puede volver a descargar.</translation>
    </message>
    <message>
        <source>PoYo sent an answer the app could not understand.</source>
        <translation>PoYo envió una respuesta que la aplicación no pudo entender.</translation>
    </message>
    <message>
        <source>The request reached PoYo but no answer came back, so the video may or may not have been started. Submitting again could be charged twice.</source>
        <translation>La solicitud llegó a PoYo pero no volvió ninguna respuesta, así que puede que el vídeo se haya empezado o no. Enviarlo otra vez podría cobrarse dos veces.</translation>
    </message>
    <message>
        <source>Some settings need fixing before the video can be made.</source>
        <translation>Hay que corregir algunos ajustes antes de poder hacer el vídeo.</translation>
    </message>
    <message>
        <source>PoYo took too long to answer. Please try again shortly.</source>
        <translation>PoYo tardó demasiado en responder. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>PoYo (or a proxy in front of it) answered with an error page. Please try again shortly.</source>
        <translation>PoYo (o un proxy delante de él) respondió con una página de error. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The file is too large for PoYo.</source>
        <translation>El archivo es demasiado grande para PoYo.</translation>
    </message>
    <message>
        <source>PoYo did not accept the request: {reason}</source>
        <translation>PoYo no aceptó la solicitud: {reason}</translation>
    </message>
    <message>
        <source>PoYo reported the video as finished but did not give exactly one video file.</source>
        <translation>PoYo dio el vídeo por terminado, pero no entregó exactamente un archivo de vídeo.</translation>
    </message>
    <message>
        <source>The demo server is not running yet.</source>
        <translation>El servidor demo aún no está funcionando.</translation>
    </message>
    <message>
        <source>PoYo did not answer in time. The app will keep trying.</source>
        <translation>PoYo no respondió a tiempo. La aplicación lo seguirá intentando.</translation>
    </message>
    <message>
        <source>PoYo did not answer in time.</source>
        <translation>PoYo no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection to PoYo broke off. The app will keep trying.</source>
        <translation>La conexión con PoYo se cortó. La aplicación lo seguirá intentando.</translation>
    </message>
    <message>
        <source>The connection to PoYo broke off.</source>
        <translation>La conexión con PoYo se cortó.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>New videos now go to {server}.</source>
        <translation>Los vídeos nuevos van ahora a {server}.</translation>
    </message>
    <message>
        <source>New videos now go to {server}. Videos already under way keep following the server they were sent to (it alone knows their tasks).</source>
        <translation>Los vídeos nuevos van ahora a {server}. Los vídeos que ya están en curso siguen con el servidor al que se enviaron (solo él conoce sus tareas).</translation>
    </message>
    <message>
        <source>The demo server could not be started</source>
        <translation>No se pudo arrancar el servidor demo</translation>
    </message>
    <message>
        <source>Your settings file was damaged and has been reset. A copy was kept at {path}.</source>
        <translation>Tu archivo de ajustes estaba dañado y se ha restablecido. Se guardó una copia en {path}.</translation>
    </message>
</context>
<context>
    <name>AwayCard</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>not enough credits</source>
        <translation>no hay créditos suficientes</translation>
    </message>
    <message>
        <source>PoYo could not make it</source>
        <translation>PoYo no pudo hacerlo</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>clave API no aceptada</translation>
    </message>
    <message>
        <source>not allowed for your account</source>
        <translation>no permitido para tu cuenta</translation>
    </message>
    <message>
        <source>PoYo no longer knows it</source>
        <translation>PoYo ya no lo conoce</translation>
    </message>
    <message>
        <source>download link expired</source>
        <translation>el enlace de descarga caducó</translation>
    </message>
    <message>
        <source>PoYo could not be reached</source>
        <translation>no se pudo conectar con PoYo</translation>
    </message>
    <message>
        <source>trouble at PoYo</source>
        <translation>problemas en PoYo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the videos folder is missing</source>
        <translation>falta la carpeta de vídeos</translation>
    </message>
    <message>
        <source>PoYo did not accept the request</source>
        <translation>PoYo no aceptó la petición</translation>
    </message>
    <message>
        <source>settings need fixing</source>
        <translation>hay que corregir los ajustes</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) finished</source>
        <translation>
            <numerusform>%n vídeo terminado</numerusform>
            <numerusform>%n vídeos terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ({reasons})</source>
        <translation>{count} ({reasons})</translation>
    </message>
    <message numerus="yes">
        <source>%n may have been made (check it)</source>
        <translation>
            <numerusform>%n quizá se hizo (compruébalo)</numerusform>
            <numerusform>%n quizá se hicieron (compruébalo)</numerusform>
        </translation>
    </message>
    <message>
        <source>{events} · {cost}</source>
        <translation>{events} · {cost}</translation>
    </message>
    <message numerus="yes">
        <source>{credits} credit(s) spent (about {dollars})</source>
        <translation>
            <numerusform>{credits} crédito gastado (unos {dollars})</numerusform>
            <numerusform>{credits} créditos gastados (unos {dollars})</numerusform>
        </translation>
    </message>
    <message>
        <source>Free in demo mode</source>
        <translation>Gratis en modo demo</translation>
    </message>
    <message>
        <source>Nothing was charged</source>
        <translation>No se cobró nada</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>«{prompt}»</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Tu vídeo</translation>
    </message>
    <message>
        <source>{video} is ready</source>
        <translation>{video} está listo</translation>
    </message>
    <message>
        <source>{video} failed: {reason}</source>
        <translation>{video} falló: {reason}</translation>
    </message>
    <message>
        <source>{video} failed</source>
        <translation>{video} falló</translation>
    </message>
    <message>
        <source>{video} may have been made: check it</source>
        <translation>{video} quizá se hizo: compruébalo</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the list</source>
        <translation>
            <numerusform>y %n más en la lista</numerusform>
            <numerusform>y %n más en la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Mientras no estabas</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>BalanceCheck</name>
    <message>
        <source>Your balance is {balance} (read at {time}); this video costs {price}.</source>
        <translation>Tu saldo es {balance} (leído a las {time}); este vídeo cuesta {price}.</translation>
    </message>
    <message>
        <source>Your balance is {balance}; this video costs {price}.</source>
        <translation>Tu saldo es {balance}; este vídeo cuesta {price}.</translation>
    </message>
    <message>
        <source>Not enough credits?</source>
        <translation>¿No hay créditos suficientes?</translation>
    </message>
    <message>
        <source>PoYo will most likely refuse it (nothing is charged then). Top up on poyo.ai first, or send it anyway if you already have.</source>
        <translation>Lo más probable es que PoYo lo rechace (y entonces no se cobra nada). Recarga primero en poyo.ai, o envíalo igualmente si ya lo has hecho.</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Enviar igualmente</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Demo mode notice</source>
        <translation>Aviso del modo demo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode.&lt;/b&gt; Videos are simulated on this computer, for free. Add your PoYo API key to make real ones.</source>
        <translation>&lt;b&gt;Modo demo.&lt;/b&gt; Los vídeos se simulan en este ordenador, gratis. Añade tu clave API de PoYo para hacer vídeos reales.</translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation>Añadir clave API…</translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation>Añadir clave API</translation>
    </message>
</context>
<context>
    <name>BatchFlow</name>
    <message>
        <source>Your spending limits could not be checked now; each video is still checked before it is paid.</source>
        <translation>No se pudieron comprobar tus límites de gasto ahora; cada vídeo se comprueba igualmente antes de pagarlo.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n video(s) was sent; they are still in the batch: {reason}</source>
        <extracomment>The review&apos;s modules, imported (on a worker thread) when the first review opens.</extracomment>
        <translation>
            <numerusform>No se envió %n vídeo; sigue en el lote: {reason}</numerusform>
            <numerusform>No se envió ninguno de los %n vídeos; siguen en el lote: {reason}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of %n video(s) are in the queue; the other {left} were not sent and are still in the batch: {reason}</source>
        <translation>
            <numerusform>{recorded} de %n vídeo está en la cola; los otros {left} no se enviaron y siguen en el lote: {reason}</numerusform>
            <numerusform>{recorded} de %n vídeos están en la cola; los otros {left} no se enviaron y siguen en el lote: {reason}</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch could not be reviewed</source>
        <translation>No se pudo revisar el lote</translation>
    </message>
    <message>
        <source>The batch could not be sent</source>
        <translation>No se pudo enviar el lote</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) added to the queue.</source>
        <translation>
            <numerusform>%n vídeo añadido a la cola.</numerusform>
            <numerusform>%n vídeos añadidos a la cola.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchMode</name>
    <message>
        <source>Checking which pictures were made before…</source>
        <translation>Comprobando qué imágenes ya se usaron…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n more picture(s)…</source>
        <translation>
            <numerusform>Comprobando %n imagen más…</numerusform>
            <numerusform>Comprobando %n imágenes más…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>own prompt: “{prompt}”</source>
        <translation>prompt propio: «{prompt}»</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 copia</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n copia</numerusform>
            <numerusform>%n copias</numerusform>
        </translation>
    </message>
    <message>
        <source>{made}, made again</source>
        <translation>{made}, se hace de nuevo</translation>
    </message>
    <message>
        <source>{made}: skipped</source>
        <translation>{made}: se omite</translation>
    </message>
    <message>
        <source>already being made (since {day})</source>
        <translation>ya se está haciendo (desde el {day})</translation>
    </message>
    <message>
        <source>made before on {day}</source>
        <translation>ya hecho el {day}</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <source>Add pictures…</source>
        <extracomment>Pictures were dropped on the panel or chosen with &quot;Add pictures…&quot; (list of Path). &quot;Clear batch&quot;: back to the one-picture form.</extracomment>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <source>Clear batch</source>
        <translation>Vaciar lote</translation>
    </message>
    <message>
        <source>Back to one picture; the pictures stay where they are</source>
        <translation>Volver a una imagen; las imágenes se quedan donde están</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluidas</translation>
    </message>
    <message>
        <source>Batch pictures</source>
        <translation>Imágenes del lote</translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n picture(s)</source>
        <translation>
            <numerusform>Lote de %n imagen</numerusform>
            <numerusform>Lote de %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · checking %n more…</source>
        <translation>
            <numerusform> · comprobando %n más…</numerusform>
            <numerusform> · comprobando %n más…</numerusform>
        </translation>
    </message>
    <message>
        <source>1 picture was made into a video with these settings before, so it is skipped.</source>
        <translation>Con 1 imagen ya se hizo un vídeo con estos ajustes, así que se omite.</translation>
    </message>
    <message numerus="yes">
        <source>%n pictures were made into a video with these settings before, so they are skipped.</source>
        <translation>
            <numerusform>Con %n imagen ya se hizo un vídeo con estos ajustes, así que se omite.</numerusform>
            <numerusform>Con %n imágenes ya se hizo un vídeo con estos ajustes, así que se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>Incluirlas</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) made before will be made again.</source>
        <translation>
            <numerusform>%n imagen ya usada se hará de nuevo.</numerusform>
            <numerusform>%n imágenes ya usadas se harán de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Omitirlas</translation>
    </message>
    <message numerus="yes">
        <source>Left out, %n picture(s) that cannot be used:</source>
        <translation>
            <numerusform>Excluida, %n imagen que no se puede usar:</numerusform>
            <numerusform>Excluidas, %n imágenes que no se pueden usar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add pictures to the batch</source>
        <translation>Añadir imágenes al lote</translation>
    </message>
</context>
<context>
    <name>Chains</name>
    <message>
        <source>Continues an earlier video</source>
        <translation>Continúa un vídeo anterior</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>sin prompt</translation>
    </message>
    <message>
        <source>Continues “{prompt}”</source>
        <translation>Continúa «{prompt}»</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare with Pictures</source>
        <translation>Comparar con las imágenes</translation>
    </message>
    <message>
        <source>No prompt</source>
        <translation>Sin prompt</translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>«{prompt}»</translation>
    </message>
    <message>
        <source>Reading the video…</source>
        <translation>Leyendo el vídeo…</translation>
    </message>
    <message>
        <source>Start image</source>
        <translation>Imagen inicial</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Primer fotograma</translation>
    </message>
    <message>
        <source>End image</source>
        <translation>Imagen final</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Último fotograma</translation>
    </message>
    <message>
        <source>The video&apos;s first frame beside the picture it started from, and its last frame beside the picture it ended on.</source>
        <translation>El primer fotograma del vídeo junto a la imagen de la que partió, y su último fotograma junto a la imagen en la que terminó.</translation>
    </message>
    <message>
        <source>The video&apos;s first frame beside the picture it started from.</source>
        <translation>El primer fotograma del vídeo junto a la imagen de la que partió.</translation>
    </message>
    <message>
        <source>The picture is no longer there.</source>
        <translation>La imagen ya no está.</translation>
    </message>
    <message>
        <source>something went wrong.</source>
        <translation>algo salió mal.</translation>
    </message>
    <message>
        <source>The video could not be compared: {reason}</source>
        <translation>No se pudo comparar el vídeo: {reason}</translation>
    </message>
</context>
<context>
    <name>ConfirmPrice</name>
    <message>
        <source>Confirm the price</source>
        <translation>Confirmar el precio</translation>
    </message>
    <message>
        <source>Make It</source>
        <translation>Hacerlo</translation>
    </message>
    <message>
        <source>You asked to be asked before any video over {credits} (Settings, Spending).</source>
        <translation>Pediste que se te pregunte antes de cualquier vídeo de más de {credits} (Ajustes, Gastos).</translation>
    </message>
</context>
<context>
    <name>CopiesChoice</name>
    <message>
        <source>Make</source>
        <translation>Hacer</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Several videos of the same picture, each a little different</source>
        <translation>Varios vídeos de la misma imagen, cada uno un poco distinto</translation>
    </message>
    <message numerus="yes">
        <source>video(s) of each picture</source>
        <translation>
            <numerusform>vídeo de cada imagen</numerusform>
            <numerusform>vídeos de cada imagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>video(s) of this picture</source>
        <translation>
            <numerusform>vídeo de esta imagen</numerusform>
            <numerusform>vídeos de esta imagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopySaving</name>
    <message>
        <source>something unexpected went wrong</source>
        <translation>algo inesperado salió mal</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>the demo server did not start (exit code {code}; see {log})</source>
        <translation>el servidor demo no arrancó (código de salida {code}; mira {log})</translation>
    </message>
</context>
<context>
    <name>DownloadStep</name>
    <message>
        <source>A video is already saved as {name}, but the server could not confirm it is this task&apos;s. {reason}</source>
        <translation>Ya hay un vídeo guardado como {name}, pero el servidor no pudo confirmar que sea de esta tarea. {reason}</translation>
    </message>
    <message>
        <source>The video could not be downloaded: {reason} Press Retry to get a fresh link from PoYo and download it again; it is not charged again.</source>
        <translation>No se pudo descargar el vídeo: {reason} Pulsa Reintentar para obtener un enlace nuevo de PoYo y descargarlo de nuevo; no se cobra otra vez.</translation>
    </message>
    <message>
        <source>The video could not be downloaded. {reason}</source>
        <translation>No se pudo descargar el vídeo. {reason}</translation>
    </message>
    <message>
        <source>Your video was saved as {name}, but your task history could not be updated ({reason}). Press Retry to record it: it will not be bought again.</source>
        <translation>Tu vídeo se guardó como {name}, pero no se pudo actualizar tu historial de tareas ({reason}). Pulsa Reintentar para registrarlo: no se volverá a comprar.</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <source>The disk is full: there is no room to save the video in {folder}.</source>
        <translation>El disco está lleno: no hay espacio para guardar el vídeo en {folder}.</translation>
    </message>
    <message>
        <source>The app is not allowed to save files in {folder}.</source>
        <translation>La app no tiene permiso para guardar archivos en {folder}.</translation>
    </message>
    <message>
        <source>The download folder {folder} no longer exists or cannot be created.</source>
        <translation>La carpeta de descargas {folder} ya no existe o no se puede crear.</translation>
    </message>
    <message>
        <source>The video could not be saved in {folder}: {reason}.</source>
        <translation>No se pudo guardar el vídeo en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The download was incomplete. It can be downloaded again.</source>
        <translation>La descarga quedó incompleta. Se puede volver a descargar.</translation>
    </message>
    <message>
        <source>The downloaded file is not a complete video. It can be downloaded again.</source>
        <translation>El archivo descargado no es un vídeo completo. Se puede volver a descargar.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>{name} is missing: it was moved, renamed or deleted since the app was last open.</source>
        <translation>Falta {name}: se movió, se renombró o se eliminó desde la última vez que se abrió la app.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit Video</source>
        <translation>Editar vídeo</translation>
    </message>
    <message>
        <source>Not sent yet, so changing it costs nothing.</source>
        <translation>Aún no se ha enviado, así que cambiarlo no cuesta nada.</translation>
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
        <translation>Describe lo que debe pasar.</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Prompt negativo</translation>
    </message>
    <message>
        <source>Things to avoid, e.g. blur, distorted faces, text</source>
        <translation>Lo que hay que evitar, p. ej. desenfoque, caras deformadas, texto</translation>
    </message>
    <message>
        <source>{} model</source>
        <translation>Modelo {}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Length {}</source>
        <translation>Duración {}</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>{refusal} This video ends on {picture}.</source>
        <translation>{refusal} Este vídeo termina en {picture}.</translation>
    </message>
    <message>
        <source>With Pro, it also ends on {picture}.</source>
        <translation>Con Pro, también termina en {picture}.</translation>
    </message>
    <message>
        <source>{price}, was {credits}</source>
        <translation>{price}, antes {credits}</translation>
    </message>
    <message>
        <source>This video was removed from the list, so nothing was changed.</source>
        <translation>Este vídeo se quitó de la lista, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>It can no longer change.</source>
        <translation>Ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This video could not be changed.</source>
        <translation>No se pudo cambiar este vídeo.</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>la imagen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>PoYo Desktop ran into an unexpected problem. Your tasks are saved; you can keep working. If it happens again, please send the details below to the developers.</source>
        <translation>PoYo Desktop ha tenido un problema inesperado. Tus tareas están guardadas; puedes seguir trabajando. Si vuelve a ocurrir, envía los detalles de abajo a los desarrolladores.</translation>
    </message>
</context>
<context>
    <name>FailureDetails</name>
    <message>
        <source>Show details ▸</source>
        <translation>Mostrar detalles ▸</translation>
    </message>
    <message>
        <source>Hide details ▾</source>
        <translation>Ocultar detalles ▾</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The technical detail of this failure, for support</source>
        <translation>El detalle técnico de este fallo, para soporte</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Copiar los detalles al portapapeles</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
</context>
<context>
    <name>FileActionsBar</name>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save a copy of the video somewhere</source>
        <translation>Guardar una copia del vídeo en otro lugar</translation>
    </message>
    <message>
        <source>Open with system player</source>
        <translation>Abrir con el reproductor del sistema</translation>
    </message>
    <message>
        <source>Play the video in your computer&apos;s usual video player</source>
        <translation>Reproducir el vídeo en el reproductor habitual de tu ordenador</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open the folder that holds the video</source>
        <translation>Abrir la carpeta que contiene el vídeo</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Use this frame, continue from the last one, and more</source>
        <translation>Usar este fotograma, continuar desde el último y más</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Pick a photo</source>
        <translation>Elige una foto</translation>
    </message>
    <message>
        <source>Drop it on the Start image box, or press Browse… or Paste.</source>
        <translation>Suéltala en el cuadro Imagen inicial, o pulsa Examinar… o Pegar.</translation>
    </message>
    <message>
        <source>Describe what should happen</source>
        <translation>Describe lo que debe pasar</translation>
    </message>
    <message>
        <source>One sentence in Prompt, like “the waves roll in slowly”.</source>
        <translation>Una frase en Prompt, como «las olas llegan despacio».</translation>
    </message>
    <message>
        <source>Press Generate</source>
        <translation>Pulsa Generar</translation>
    </message>
    <message>
        <source>Or Ctrl+Enter. Your video appears in Your videos and plays here.</source>
        <translation>O Ctrl+Intro. Tu vídeo aparece en Tus vídeos y se reproduce aquí.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Make your first video</source>
        <translation>Haz tu primer vídeo</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Hide this guide (Help ▸ Keyboard Shortcuts lists the keys)</source>
        <translation>Ocultar esta guía (Ayuda ▸ Atajos de teclado muestra las teclas)</translation>
    </message>
</context>
<context>
    <name>FixDialog</name>
    <message>
        <source>Crop</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <source>Add bars</source>
        <translation>Añadir bandas</translation>
    </message>
    <message>
        <source>Resize only</source>
        <translation>Solo redimensionar</translation>
    </message>
    <message>
        <source>Drag the frame to choose what to keep, or its corners to resize it. With the keyboard: arrow keys move it, + and − resize it.</source>
        <translation>Arrastra el marco para elegir qué conservar, o sus esquinas para cambiar su tamaño. Con el teclado: las flechas lo mueven, + y − cambian su tamaño.</translation>
    </message>
    <message>
        <source>The whole picture is kept; black bars fill the rest of the shape.</source>
        <translation>Se conserva toda la imagen; unas bandas negras rellenan el resto del formato.</translation>
    </message>
    <message>
        <source>The whole picture is kept, in its own shape.</source>
        <translation>Se conserva toda la imagen, con su propio formato.</translation>
    </message>
    <message>
        <source>Fix the {picture}</source>
        <extracomment>The person chose: a :class:`FixPlan` to carry out on the whole picture.</extracomment>
        <translation>Corregir la {picture}</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation>Usar esta imagen</translation>
    </message>
    <message>
        <source>Its shape is outside what Kling takes.</source>
        <translation>Su formato está fuera de lo que admite Kling.</translation>
    </message>
    <message>
        <source>Making the picture…</source>
        <translation>Creando la imagen…</translation>
    </message>
    <message>
        <source>Result: {width} × {height} px ({shape}).</source>
        <translation>Resultado: {width} × {height} px ({shape}).</translation>
    </message>
    <message>
        <source>Enlarged to {side} px on its short side: it may look soft.</source>
        <translation>Ampliada a {side} px en su lado corto: puede verse poco nítida.</translation>
    </message>
    <message>
        <source>Like the start image ({shape})</source>
        <translation>Como la imagen inicial ({shape})</translation>
    </message>
    <message>
        <source>Its own ({shape})</source>
        <translation>El suyo ({shape})</translation>
    </message>
    <message>
        <source>Kling does not take this shape.</source>
        <translation>Kling no admite este formato.</translation>
    </message>
</context>
<context>
    <name>FixFlow</name>
    <message>
        <source>The picture could not be read again. Was the file moved or changed?</source>
        <translation>No se pudo volver a leer la imagen. ¿Se movió o cambió el archivo?</translation>
    </message>
    <message>
        <source>{fix}; {changes}.</source>
        <translation>{fix}; {changes}.</translation>
    </message>
    <message>
        <source>The picture could not be fixed.</source>
        <translation>No se pudo corregir la imagen.</translation>
    </message>
</context>
<context>
    <name>FormBatches</name>
    <message>
        <source>Review the batch…</source>
        <extracomment>The batch form&apos;s modules, imported when the first batch comes.</extracomment>
        <translation>Revisar el lote…</translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln video(s)…</source>
        <translation>
            <numerusform>Revisar %Ln vídeo…</numerusform>
            <numerusform>Revisar %Ln vídeos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The pictures could not be taken</source>
        <translation>No se pudieron tomar las imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s): free in demo mode ({credits} with a key)</source>
        <translation>
            <numerusform>%Ln vídeo: gratis en modo demo ({credits} con clave)</numerusform>
            <numerusform>%Ln vídeos: gratis en modo demo ({credits} con clave)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s): {money}</source>
        <translation>
            <numerusform>%Ln vídeo: {money}</numerusform>
            <numerusform>%Ln vídeos: {money}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormLayout</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
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
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{min} min ago</source>
        <translation>hace {min} min</translation>
    </message>
    <message>
        <source>{h} h ago</source>
        <translation>hace {h} h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} {unit}</source>
        <translation>{size} {unit}</translation>
    </message>
    <message>
        <source>Running {percent} %</source>
        <translation>En curso {percent} %</translation>
    </message>
    <message>
        <source>Unknown — may have been created</source>
        <translation>Desconocido — quizá se creó</translation>
    </message>
    <message>
        <source>Cancelled · nothing was charged</source>
        <translation>Cancelado · no se cobró nada</translation>
    </message>
    <message>
        <source>Paused · not paid yet</source>
        <translation>En pausa · sin pagar aún</translation>
    </message>
    <message numerus="yes">
        <source>Waiting · %n in line · not paid yet</source>
        <translation>
            <numerusform>En espera · puesto %n · sin pagar aún</numerusform>
            <numerusform>En espera · puesto %n · sin pagar aún</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting · not paid yet</source>
        <translation>En espera · sin pagar aún</translation>
    </message>
    <message>
        <source>Uploading · not paid yet</source>
        <translation>Subiendo · sin pagar aún</translation>
    </message>
    <message>
        <source> · sent</source>
        <translation> · enviado</translation>
    </message>
    <message>
        <source> · paid</source>
        <translation> · pagado</translation>
    </message>
    <message>
        <source>Not sent to PoYo yet, so not paid: it can be paused, moved or cancelled for free.</source>
        <translation>Aún no se ha enviado a PoYo, así que no está pagado: se puede pausar, mover o cancelar gratis.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent: nothing was charged.</source>
        <translation>Cancelado antes de enviarse: no se cobró nada.</translation>
    </message>
    <message>
        <source>Sent to the demo server (free): it can only stop being followed.</source>
        <translation>Enviado al servidor demo (gratis): solo se puede dejar de seguir.</translation>
    </message>
    <message>
        <source>Sent to PoYo: it is paid, and can only stop being followed.</source>
        <translation>Enviado a PoYo: está pagado y solo se puede dejar de seguir.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Estado: {status}</translation>
    </message>
    <message>
        <source>Model: {model} · {length}</source>
        <translation>Modelo: {model} · {length}</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Creado: {when}</translation>
    </message>
    <message>
        <source>Took: {time}</source>
        <translation>Tardó: {time}</translation>
    </message>
    <message>
        <source>Size: {size}</source>
        <translation>Tamaño: {size}</translation>
    </message>
    <message>
        <source>Avoid: {words}</source>
        <translation>Evitar: {words}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Problema:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;For now:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Por ahora:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Task id: {id}</source>
        <translation>ID de la tarea: {id}</translation>
    </message>
    <message>
        <source>{status}: {prompt}, {model}, {length}</source>
        <translation>{status}: {prompt}, {model}, {length}</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>sin prompt</translation>
    </message>
    <message>
        <source>Created {when}</source>
        <translation>Creado {when}</translation>
    </message>
    <message>
        <source>took {time}</source>
        <translation>tardó {time}</translation>
    </message>
    <message>
        <source>avoid: {words}</source>
        <translation>evitar: {words}</translation>
    </message>
</context>
<context>
    <name>FrameActions</name>
    <message>
        <source>Continue from &amp;Last Frame</source>
        <extracomment>(entry, tip, FrameCommands method), in menu order.</extracomment>
        <translation>Continuar desde el ú&amp;ltimo fotograma</translation>
    </message>
    <message>
        <source>Start a new video where this one ends: its last frame becomes the start image</source>
        <translation>Empezar un vídeo nuevo donde termina este: su último fotograma pasa a ser la imagen inicial</translation>
    </message>
    <message>
        <source>Make a &amp;Loop…</source>
        <translation>Hacer un &amp;bucle…</translation>
    </message>
    <message>
        <source>Save the video played forward then backward</source>
        <translation>Guardar el vídeo reproducido hacia delante y luego hacia atrás</translation>
    </message>
    <message>
        <source>&amp;Compare with Pictures</source>
        <translation>&amp;Comparar con las imágenes</translation>
    </message>
    <message>
        <source>The start (and end) image beside the video&apos;s first (and last) frame</source>
        <translation>La imagen inicial (y final) junto al primer (y último) fotograma del vídeo</translation>
    </message>
</context>
<context>
    <name>FrameCommands</name>
    <message>
        <source>Use This Frame as &amp;Start Image</source>
        <translation>Usar este fotograma como imagen &amp;inicial</translation>
    </message>
    <message>
        <source>Use This Frame as &amp;End Image</source>
        <translation>Usar este fotograma como imagen &amp;final</translation>
    </message>
    <message>
        <source>Taking the last frame of the video…</source>
        <translation>Tomando el último fotograma del vídeo…</translation>
    </message>
    <message>
        <source>The last frame is the start image now. Write what happens next.</source>
        <translation>El último fotograma es ahora la imagen inicial. Escribe lo que pasa después.</translation>
    </message>
    <message>
        <source>Play the video, then pause on the frame you want.</source>
        <translation>Reproduce el vídeo y pausa en el fotograma que quieras.</translation>
    </message>
    <message>
        <source>Frame {index} is the end image now.</source>
        <translation>El fotograma {index} es ahora la imagen final.</translation>
    </message>
    <message>
        <source>Frame {index} is the start image now.</source>
        <translation>El fotograma {index} es ahora la imagen inicial.</translation>
    </message>
    <message>
        <source>The frame could not be kept: {reason}</source>
        <translation>No se pudo guardar el fotograma: {reason}</translation>
    </message>
    <message>
        <source>The picture could not be saved ({reason}).</source>
        <translation>No se pudo guardar la imagen ({reason}).</translation>
    </message>
    <message>
        <source>The frame could not be taken: something went wrong.</source>
        <translation>No se pudo tomar el fotograma: algo salió mal.</translation>
    </message>
</context>
<context>
    <name>FrameView</name>
    <message>
        <source>Crop frame</source>
        <extracomment>The frame moved or was resized (read it with :meth:`frame`).</extracomment>
        <translation>Recorte</translation>
    </message>
    <message>
        <source>Keeps {w} × {h} px, from {x}, {y}, of the {width} × {height} px picture. Arrow keys move it; plus and minus resize it.</source>
        <translation>Conserva {w} × {h} px, desde {x}, {y}, de la imagen de {width} × {height} px. Las flechas lo mueven; más y menos cambian su tamaño.</translation>
    </message>
    <message>
        <source>The picture as it will be sent.</source>
        <translation>La imagen tal como se enviará.</translation>
    </message>
    <message>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
</context>
<context>
    <name>Frames</name>
    <message>
        <source>last frame of {name}</source>
        <translation>último fotograma de {name}</translation>
    </message>
    <message>
        <source>frame {index} of {name}</source>
        <translation>fotograma {index} de {name}</translation>
    </message>
    <message>
        <source>The video file is missing: it may have been moved or deleted.</source>
        <translation>Falta el archivo de vídeo: puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <source>The frame on screen could not be read. Try again once it shows.</source>
        <translation>No se pudo leer el fotograma en pantalla. Vuelve a intentarlo cuando se vea.</translation>
    </message>
</context>
<context>
    <name>Framing</name>
    <message>
        <source>Cropped to {shape} ({size}).</source>
        <extracomment>The shapes offered, by the names people know (Kling&apos;s videos are 16:9, 9:16 or 1:1).</extracomment>
        <translation>Recortada a {shape} ({size}).</translation>
    </message>
    <message>
        <source>Bars added to make it {shape} ({size}).</source>
        <translation>Bandas añadidas para dejarla en {shape} ({size}).</translation>
    </message>
    <message>
        <source>Saved as a picture PoYo takes ({size}).</source>
        <translation>Guardada como una imagen que PoYo admite ({size}).</translation>
    </message>
    <message>
        <source>Enlarged from {width} × {height} px to {size}.</source>
        <translation>Ampliada de {width} × {height} px a {size}.</translation>
    </message>
    <message>
        <source>Made smaller from {width} × {height} px to {size}.</source>
        <translation>Reducida de {width} × {height} px a {size}.</translation>
    </message>
    <message>
        <source>The end image is {end} and the start image {start}: Kling may crop or stretch between them.</source>
        <translation>La imagen final es {end} y la inicial {start}: Kling puede recortar o estirar entre ellas.</translation>
    </message>
</context>
<context>
    <name>GenerateFooter</name>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>PoYo charges when the video is finished; a failed task costs nothing.</source>
        <translation>PoYo cobra cuando el vídeo está terminado; una tarea fallida no cuesta nada.</translation>
    </message>
    <message>
        <source>Why Generate is not available</source>
        <translation>Por qué Generar no está disponible</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Send to PoYo and start making the video.</source>
        <translation>Enviar a PoYo y empezar a hacer el vídeo.</translation>
    </message>
    <message>
        <source>Generate video</source>
        <translation>Generar vídeo</translation>
    </message>
</context>
<context>
    <name>HistoryFilter</name>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Search prompts…</source>
        <translation>Buscar en los prompts…</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Buscar en los prompts</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>Filtrar por modelo</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
</context>
<context>
    <name>ImageDropZone</name>
    <message>
        <source>The {picture}</source>
        <extracomment>The chosen file changed (a ``Path``), or the slot was emptied (``None``). The check of the current file finished (an :class:`ImageCheck`). Several files or a folder came (a list of ``Path``): a batch (``takes_many`` only).</extracomment>
        <translation>La {picture}</translation>
    </message>
    <message>
        <source>Choose the {picture} (or several)</source>
        <translation>Elegir la {picture} (o varias)</translation>
    </message>
    <message>
        <source>Choose the {picture}</source>
        <translation>Elegir la {picture}</translation>
    </message>
    <message>
        <source>The clipboard holds no picture. Copy a photo or an image file first, then paste.</source>
        <translation>El portapapeles no tiene ninguna imagen. Copia primero una foto o un archivo de imagen y luego pega.</translation>
    </message>
</context>
<context>
    <name>ImageIntake</name>
    <message>
        <source>Only one picture fits here; using {name}.</source>
        <translation>Aquí solo cabe una imagen; se usa {name}.</translation>
    </message>
    <message>
        <source>The pasted picture could not be saved on this computer.</source>
        <translation>No se pudo guardar la imagen pegada en este ordenador.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Imagen soltada</translation>
    </message>
    <message>
        <source>This picture is on a web page. Save it to your computer first, then drop or choose the file.</source>
        <translation>Esta imagen está en una página web. Guárdala primero en tu ordenador y luego suelta o elige el archivo.</translation>
    </message>
    <message>
        <source>{picture} could not be checked.</source>
        <translation>No se pudo comprobar {picture}.</translation>
    </message>
</context>
<context>
    <name>ImageLimits</name>
    <message>
        <source>{subject} is damaged: only part of it could be read. Save it again or pick another.</source>
        <extracomment>Formats Kling takes as they are; the others are converted before upload. 10 MB, counted in decimal megabytes so that we stay under whichever unit the server means. Long side an upload is scaled down to; Kling&apos;s output is at most 1080p, so more is waste.</extracomment>
        <translation>{subject} está dañada: solo se pudo leer una parte. Guárdala de nuevo o elige otra.</translation>
    </message>
    <message>
        <source>{subject} is damaged: it could not be read. Save it again or pick another.</source>
        <translation>{subject} está dañada: no se pudo leer. Guárdala de nuevo o elige otra.</translation>
    </message>
    <message>
        <source>{subject} is too small ({width} × {height} px; at least {least} px needed).</source>
        <translation>{subject} es demasiado pequeña ({width} × {height} px; se necesitan al menos {least} px).</translation>
    </message>
    <message>
        <source>{subject} is too wide ({width} × {height} px). Kling takes shapes from 1:2.5 to 2.5:1: crop it closer to a rectangle and try again.</source>
        <translation>{subject} es demasiado ancha ({width} × {height} px). Kling admite formatos de 1:2,5 a 2,5:1: recórtala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{subject} is too tall ({width} × {height} px). Kling takes shapes from 1:2.5 to 2.5:1: crop it closer to a rectangle and try again.</source>
        <translation>{subject} es demasiado alta ({width} × {height} px). Kling admite formatos de 1:2,5 a 2,5:1: recórtala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{subject} is {size}; it will be made smaller before upload (the limit is {limit}).</source>
        <translation>{subject} ocupa {size}; se reducirá antes de subirla (el límite es {limit}).</translation>
    </message>
    <message>
        <source>{subject} is a {format} file; it will be converted to JPEG or PNG before upload.</source>
        <translation>{subject} es un archivo {format}; se convertirá a JPEG o PNG antes de subirla.</translation>
    </message>
    <message>
        <source>{subject} is animated; only its first frame will be used.</source>
        <translation>{subject} es animada; solo se usará su primer fotograma.</translation>
    </message>
    <message>
        <source>{subject} is stored turned on its side; it will be sent upright, as shown here.</source>
        <translation>{subject} está guardada de lado; se enviará derecha, como se ve aquí.</translation>
    </message>
    <message>
        <source>{subject} is very large ({width} × {height} px); it will be scaled down to {side} px on the long side before upload.</source>
        <translation>{subject} es muy grande ({width} × {height} px); se reducirá a {side} px en el lado largo antes de subirla.</translation>
    </message>
    <message>
        <source>converted from CMYK</source>
        <translation>convertida desde CMYK</translation>
    </message>
    <message>
        <source>converted from 16-bit colour</source>
        <translation>convertida desde color de 16 bits</translation>
    </message>
    <message>
        <source>colours converted from {profile} to sRGB</source>
        <translation>colores convertidos de {profile} a sRGB</translation>
    </message>
    <message>
        <source>location removed</source>
        <translation>ubicación quitada</translation>
    </message>
    <message>
        <source>camera details removed</source>
        <translation>datos de la cámara quitados</translation>
    </message>
    <message>
        <source>Before sending: {changes}.</source>
        <translation>Antes de enviar: {changes}.</translation>
    </message>
    <message>
        <source>Too wide for Kling, which takes shapes from 1:2.5 to 2.5:1.</source>
        <translation>Demasiado ancha para Kling, que admite formatos de 1:2,5 a 2,5:1.</translation>
    </message>
    <message>
        <source>Too tall for Kling, which takes shapes from 1:2.5 to 2.5:1.</source>
        <translation>Demasiado alta para Kling, que admite formatos de 1:2,5 a 2,5:1.</translation>
    </message>
    <message>
        <source>Too small for Kling, which needs {least} px on the short side.</source>
        <translation>Demasiado pequeña para Kling, que necesita {least} px en el lado corto.</translation>
    </message>
    <message>
        <source>PoYo does not take {format} files; this saves it as one it takes.</source>
        <translation>PoYo no admite archivos {format}; así se guarda en un formato que admite.</translation>
    </message>
    <message>
        <source>Larger than is sent: it is made smaller (at most {side} px).</source>
        <translation>Más grande de lo que se envía: se reduce (como máximo {side} px).</translation>
    </message>
    <message>
        <source>The start image is {shape}: with an end image of the same shape, Kling neither crops nor stretches between them.</source>
        <translation>La imagen inicial es {shape}: con una imagen final del mismo formato, Kling no recorta ni estira entre ellas.</translation>
    </message>
    <message>
        <source>{subject} is not a picture, or the file is damaged.</source>
        <extracomment>File-name filter for open dialogs: the formats of image_limits.SUPPORTED_FORMATS. Extensions a dropped or pasted file may carry (checked again by content later).</extracomment>
        <translation>{subject} no es una imagen, o el archivo está dañado.</translation>
    </message>
    <message>
        <source>{subject} is a {format} file, which PoYo does not take. Save it as JPEG or PNG and try again.</source>
        <translation>{subject} es un archivo {format}, que PoYo no admite. Guárdala como JPEG o PNG y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{subject} is a kind of file PoYo does not take. Save it as JPEG or PNG and try again.</source>
        <translation>{subject} es un tipo de archivo que PoYo no admite. Guárdala como JPEG o PNG y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{subject} is a folder, not a picture.</source>
        <translation>{subject} es una carpeta, no una imagen.</translation>
    </message>
    <message>
        <source>{subject} could not be found. Was the file moved or deleted?</source>
        <translation>No se encontró {subject}. ¿Se movió o borró el archivo?</translation>
    </message>
    <message>
        <source>{subject} could not be opened: this account may not read the file.</source>
        <translation>No se pudo abrir {subject}: esta cuenta no puede leer el archivo.</translation>
    </message>
    <message>
        <source>{subject} could not be read from the disk.</source>
        <translation>No se pudo leer {subject} del disco.</translation>
    </message>
    <message>
        <source>{subject} is an empty file.</source>
        <translation>{subject} es un archivo vacío.</translation>
    </message>
    <message>
        <source>{subject} is too large to open ({width} × {height} px). Make it smaller in a photo editor and try again.</source>
        <translation>{subject} es demasiado grande para abrirla ({width} × {height} px). Redúcela en un editor de fotos y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>The folder “{name}” could not be opened.</source>
        <translation>No se pudo abrir la carpeta «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>From the folder “{name}”: %n picture(s), those directly inside it, by name</source>
        <translation>
            <numerusform>De la carpeta «{name}»: %n imagen, la que está directamente dentro, por nombre</numerusform>
            <numerusform>De la carpeta «{name}»: %n imágenes, las que están directamente dentro, por nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) ignored</source>
        <translation>
            <numerusform>%n archivo más ignorado</numerusform>
            <numerusform>%n archivos más ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) inside it not opened</source>
        <translation>
            <numerusform>%n carpeta interior sin abrir</numerusform>
            <numerusform>%n carpetas interiores sin abrir</numerusform>
        </translation>
    </message>
    <message>
        <source>{picture} could not be checked.</source>
        <translation>No se pudo comprobar {picture}.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Own prompt</source>
        <translation>Prompt propio</translation>
    </message>
    <message>
        <source>Same as the prompt below</source>
        <translation>El mismo que el prompt de abajo</translation>
    </message>
    <message>
        <source>Videos of this picture</source>
        <translation>Vídeos de esta imagen</translation>
    </message>
    <message>
        <source>Make it again anyway</source>
        <translation>Hacerlo de nuevo igualmente</translation>
    </message>
    <message>
        <source>Remove from batch</source>
        <translation>Quitar del lote</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>This picture was {made}.</source>
        <translation>Esta imagen fue {made}.</translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message>
        <source>(no prompt)</source>
        <translation>(sin prompt)</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>started {time} ago</source>
        <translation>empezó hace {time}</translation>
    </message>
</context>
<context>
    <name>JobDisplay</name>
    <message>
        <source>Sending your video request…</source>
        <translation>Enviando tu petición de vídeo…</translation>
    </message>
</context>
<context>
    <name>JobRecords</name>
    <message>
        <source>Something unexpected went wrong while sending this task, so it may or may not have been created.</source>
        <translation>Algo inesperado salió mal al enviar esta tarea, así que puede que se haya creado o no.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this task. You can try it again.</source>
        <translation>Algo inesperado salió mal con esta tarea. Puedes volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Running — {percent} %</source>
        <translation>En curso — {percent} %</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Falló: {message}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown — may have been created</source>
        <translation>Desconocido — quizá se creó</translation>
    </message>
    <message>
        <source>Cancelled before it was sent — nothing was charged</source>
        <translation>Cancelado antes de enviarse — no se cobró nada</translation>
    </message>
    <message>
        <source>Paused — not sent, not paid yet; resume it to send it</source>
        <translation>En pausa — sin enviar, sin pagar aún; reanúdalo para enviarlo</translation>
    </message>
    <message>
        <source>The video file is missing: {path}</source>
        <translation>Falta el archivo de vídeo: {path}</translation>
    </message>
    <message>
        <source>The video file is missing.</source>
        <translation>Falta el archivo de vídeo.</translation>
    </message>
    <message>
        <source>Waiting for a free slot — not sent, not paid yet</source>
        <translation>Esperando un hueco libre — sin enviar, sin pagar aún</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Subiendo la foto…</translation>
    </message>
    <message>
        <source>Sending to PoYo…</source>
        <translation>Enviando a PoYo…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Downloading the video…</source>
        <translation>Descargando el vídeo…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>The video file could not be deleted: {reason}.</source>
        <translation>No se pudo eliminar el archivo de vídeo: {reason}.</translation>
    </message>
    <message>
        <source>Could not start this task again, because your task history could not be saved ({reason}). Nothing was sent; try again once that is fixed.</source>
        <translation>No se pudo volver a iniciar esta tarea porque no se pudo guardar tu historial de tareas ({reason}). No se envió nada; inténtalo de nuevo cuando esté resuelto.</translation>
    </message>
</context>
<context>
    <name>KeyPlace</name>
    <message>
        <source>This key comes from the POYO_API_KEY environment variable.</source>
        <translation>Esta clave viene de la variable de entorno POYO_API_KEY.</translation>
    </message>
    <message>
        <source>Your key is kept in the system keychain ({name}).</source>
        <translation>Tu clave se guarda en el llavero del sistema ({name}).</translation>
    </message>
    <message>
        <source>Your key is not in the system keychain (it did not take the key when it was saved), so it is kept in a file that only your user account can read: {file}</source>
        <translation>Tu clave no está en el llavero del sistema (no la aceptó al guardarla), así que se guarda en un archivo que solo tu cuenta de usuario puede leer: {file}</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer, so your key is kept in a file that only your user account can read: {file}</source>
        <translation>No se encontró ningún llavero del sistema en este ordenador, así que tu clave se guarda en un archivo que solo tu cuenta de usuario puede leer: {file}</translation>
    </message>
    <message>
        <source>Your key will be kept in the system keychain ({name}).</source>
        <translation>Tu clave se guardará en el llavero del sistema ({name}).</translation>
    </message>
    <message>
        <source>No system keychain was found on this computer, so your key will be kept in a file that only your user account can read: {file}</source>
        <translation>No se encontró ningún llavero del sistema en este ordenador, así que tu clave se guardará en un archivo que solo tu cuenta de usuario puede leer: {file}</translation>
    </message>
</context>
<context>
    <name>KeySavingBoxes</name>
    <message>
        <source>Saving your API key… If your computer asks to unlock its keychain, please do.</source>
        <translation>Guardando tu clave API… Si tu ordenador pide desbloquear el llavero, hazlo, por favor.</translation>
    </message>
    <message>
        <source>Saving your API key</source>
        <translation>Guardando tu clave API</translation>
    </message>
    <message>
        <source>Keep It in a File Instead</source>
        <translation>Guardarla en un archivo</translation>
    </message>
    <message>
        <source>The system keychain did not take your key</source>
        <translation>El llavero del sistema no aceptó tu clave</translation>
    </message>
    <message>
        <source>{reason} Unlock the keychain and press Save to try again, or keep the key in a file instead: {file}

Only your user account can read that file, but it is not encrypted: programs you run, and copies of your files such as backups, can read it too.</source>
        <translation>{reason} Desbloquea el llavero y pulsa Guardar para intentarlo de nuevo, o guarda la clave en un archivo: {file}

Solo tu cuenta de usuario puede leer ese archivo, pero no está cifrado: los programas que ejecutas y las copias de tus archivos, como las de seguridad, también pueden leerlo.</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Spending</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {money}, %n video(s)</source>
        <translation>
            <numerusform>{period}: {money}, %n vídeo</numerusform>
            <numerusform>{period}: {money}, %n vídeos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading your spending…</source>
        <translation>Leyendo tus gastos…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Demo videos this month: {count} (free: they count toward no limit)</source>
        <translation>Vídeos demo este mes: {count} (gratis: no cuentan para ningún límite)</translation>
    </message>
    <message>
        <source>Export spending as CSV</source>
        <translation>Exportar los gastos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The spending could not be exported</source>
        <translation>No se pudieron exportar los gastos</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n purchase(s) to {path}.</source>
        <translation>
            <numerusform>%n compra guardada en {path}.</numerusform>
            <numerusform>%n compras guardadas en {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Expected (credits)</source>
        <translation>Previsto (créditos)</translation>
    </message>
    <message>
        <source>Charged (credits)</source>
        <translation>Cobrado (créditos)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>(removed from your history)</source>
        <translation>(quitado de tu historial)</translation>
    </message>
    <message>
        <source>, charged {credits}</source>
        <translation>, cobrado {credits}</translation>
    </message>
    <message>
        <source>{date}, {model}, {length}, expected {expected}{paid}, {outcome}, {prompt}</source>
        <translation>{date}, {model}, {length}, previsto {expected}{paid}, {outcome}, {prompt}</translation>
    </message>
</context>
<context>
    <name>LengthChoice</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Length %n second(s)</source>
        <translation>
            <numerusform>Duración %n segundo</numerusform>
            <numerusform>Duración %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitPrompt</name>
    <message>
        <source>Send anyway</source>
        <translation>Enviar igualmente</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Seguir esperando</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Spending limit reached</source>
        <translation>Límite de gasto alcanzado</translation>
    </message>
    <message numerus="yes">
        <source>%n videos are waiting: “{send}” sends them all, this once.</source>
        <translation>
            <numerusform>%n vídeo está esperando: «{send}» lo envía, solo esta vez.</numerusform>
            <numerusform>%n vídeos están esperando: «{send}» los envía todos, solo esta vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The video waits in the list. “{send}” sends it this once; the limit stays for the next ones.</source>
        <translation>El vídeo espera en la lista. «{send}» lo envía esta vez; el límite sigue para los siguientes.</translation>
    </message>
    <message numerus="yes">
        <source>Send all %n anyway</source>
        <translation>
            <numerusform>Enviar los %n igualmente</numerusform>
            <numerusform>Enviar los %n igualmente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
    <message>
        <source>Make a Loop</source>
        <translation>Hacer un bucle</translation>
    </message>
    <message>
        <source>Making a seamless loop of “{name}”: it plays forward, then backward, and starts again where it began.</source>
        <translation>Haciendo un bucle continuo de «{name}»: se reproduce hacia delante, luego hacia atrás, y vuelve a empezar donde empezó.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>The loop is ready, saved beside the video as “{name}”.</source>
        <translation>El bucle está listo, guardado junto al vídeo como «{name}».</translation>
    </message>
    <message>
        <source>the file could not be written ({reason}).</source>
        <translation>no se pudo escribir el archivo ({reason}).</translation>
    </message>
    <message>
        <source>something went wrong.</source>
        <translation>algo salió mal.</translation>
    </message>
    <message>
        <source>The loop could not be made. {reason}</source>
        <translation>No se pudo hacer el bucle. {reason}</translation>
    </message>
</context>
<context>
    <name>LoopExport</name>
    <message>
        <source>The loop came out incomplete. Please try again.</source>
        <translation>El bucle quedó incompleto. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
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
        <translation>Buena calidad, 720p, solo imagen inicial.</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Sharper 1080p, start and end images.</source>
        <translation>Más nítido, 1080p, imagen inicial y final.</translation>
    </message>
    <message>
        <source>{name} model</source>
        <extracomment>Gap between the two model cards and between the two picture slots.</extracomment>
        <translation>Modelo {name}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>{credits} credit(s)</source>
        <translation>
            <numerusform>{credits} crédito</numerusform>
            <numerusform>{credits} créditos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{credits} credit(s) (about {dollars})</source>
        <translation>
            <numerusform>{credits} crédito (unos {dollars})</numerusform>
            <numerusform>{credits} créditos (unos {dollars})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <source>the history file is in use by another program. Close that program and press Generate again.</source>
        <translation>otro programa está usando el archivo del historial. Cierra ese programa y pulsa Generar de nuevo.</translation>
    </message>
    <message>
        <source>the history file is in use by another program. Close that program and press Review again.</source>
        <translation>otro programa está usando el archivo del historial. Cierra ese programa y pulsa Revisar de nuevo.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and press Generate again.</source>
        <translation>el disco está lleno. Libera espacio y pulsa Generar de nuevo.</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and press Review again.</source>
        <translation>el disco está lleno. Libera espacio y pulsa Revisar de nuevo.</translation>
    </message>
    <message>
        <source>{cause}. Press Generate again once the history can be written to.</source>
        <translation>{cause}. Pulsa Generar de nuevo cuando se pueda escribir en el historial.</translation>
    </message>
    <message>
        <source>{cause}. Press Review again once the history can be written to.</source>
        <translation>{cause}. Pulsa Revisar de nuevo cuando se pueda escribir en el historial.</translation>
    </message>
    <message>
        <source>{cause}. Press Generate again once that is fixed.</source>
        <translation>{cause}. Pulsa Generar de nuevo cuando esté resuelto.</translation>
    </message>
    <message>
        <source>{cause}. Press Review again once that is fixed.</source>
        <translation>{cause}. Pulsa Revisar de nuevo cuando esté resuelto.</translation>
    </message>
    <message>
        <source>something unexpected went wrong (the details are in the log). Press Generate again.</source>
        <translation>algo inesperado salió mal (los detalles están en el registro). Pulsa Generar de nuevo.</translation>
    </message>
    <message>
        <source>something unexpected went wrong (the details are in the log). Press Review again.</source>
        <translation>algo inesperado salió mal (los detalles están en el registro). Pulsa Revisar de nuevo.</translation>
    </message>
    <message>
        <source>a copy of your picture could not be kept ({cause})</source>
        <translation>no se pudo guardar una copia de tu imagen ({cause})</translation>
    </message>
    <message>
        <source>Your video “{prompt}” was not sent: {reason}</source>
        <translation>Tu vídeo «{prompt}» no se envió: {reason}</translation>
    </message>
    <message>
        <source>Your video was not sent: {reason}</source>
        <translation>Tu vídeo no se envió: {reason}</translation>
    </message>
    <message>
        <source>the demo server could not be started. Press Generate to try again.</source>
        <translation>no se pudo arrancar el servidor demo. Pulsa Generar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>the demo server could not be started. Press Review to try again.</source>
        <translation>no se pudo arrancar el servidor demo. Pulsa Revisar para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notify me when a video is ready or fails while I am elsewhere</source>
        <translation>Avisarme cuando un vídeo esté listo o falle mientras estoy en otra parte</translation>
    </message>
    <message>
        <source>Play a sound when a video is done</source>
        <translation>Reproducir un sonido cuando un vídeo termine</translation>
    </message>
    <message>
        <source>Show the number of videos in progress in the title and taskbar</source>
        <translation>Mostrar el número de vídeos en curso en el título y la barra de tareas</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>The list of your videos could not be read.</source>
        <translation>No se pudo leer la lista de tus vídeos.</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>&lt;b&gt;Your videos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tus vídeos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>About the selected task</source>
        <translation>Sobre la tarea seleccionada</translation>
    </message>
</context>
<context>
    <name>Patience</name>
    <message>
        <source>Cannot reach PoYo right now. The app keeps trying; nothing is lost.</source>
        <translation>Ahora no se puede conectar con PoYo. La app sigue intentándolo; no se pierde nada.</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers are having trouble right now. The app keeps trying.</source>
        <translation>Los servidores de PoYo tienen problemas ahora mismo. La app sigue intentándolo.</translation>
    </message>
    <message>
        <source>PoYo is receiving too many requests. The app waits and keeps trying.</source>
        <translation>PoYo está recibiendo demasiadas solicitudes. La app espera y sigue intentándolo.</translation>
    </message>
    <message>
        <source>PoYo sent an answer the app could not understand. The app keeps trying.</source>
        <translation>PoYo envió una respuesta que la app no pudo entender. La app sigue intentándolo.</translation>
    </message>
    <message>
        <source>PoYo could not be reached for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>No se pudo conectar con PoYo durante {minutes} min, así que este vídeo no se envió y no se cobró nada. Pulsa Reintentar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>PoYo&apos;s servers had trouble for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>Los servidores de PoYo tuvieron problemas durante {minutes} min, así que este vídeo no se envió y no se cobró nada. Pulsa Reintentar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>PoYo was too busy for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>PoYo estuvo demasiado ocupado durante {minutes} min, así que este vídeo no se envió y no se cobró nada. Pulsa Reintentar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>PoYo&apos;s answers could not be understood for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>Las respuestas de PoYo no se pudieron entender durante {minutes} min, así que este vídeo no se envió y no se cobró nada. Pulsa Reintentar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>{reason} for {minutes} min, so this video was not sent and nothing was charged. Press Retry to try again.</source>
        <translation>{reason} (durante {minutes} min), así que este vídeo no se envió y no se cobró nada. Pulsa Reintentar para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PictureFix</name>
    <message>
        <source>{subject} could not be saved after fixing: {reason}.</source>
        <translation>{subject} no se pudo guardar después de corregirla: {reason}.</translation>
    </message>
    <message>
        <source>{subject} could not be saved after fixing: a disk error.</source>
        <translation>{subject} no se pudo guardar después de corregirla: un error del disco.</translation>
    </message>
</context>
<context>
    <name>PictureSlots</name>
    <message>
        <source>Start image</source>
        <translation>Imagen inicial</translation>
    </message>
    <message>
        <source>required: the first frame</source>
        <translation>obligatoria: el primer fotograma</translation>
    </message>
    <message>
        <source>The start image</source>
        <translation>La imagen inicial</translation>
    </message>
    <message>
        <source>End image</source>
        <translation>Imagen final</translation>
    </message>
    <message>
        <source>optional: the last frame</source>
        <translation>opcional: el último fotograma</translation>
    </message>
    <message>
        <source>The end image</source>
        <translation>La imagen final</translation>
    </message>
    <message>
        <source>One photo makes one video. Drop several photos, or a folder, to make a batch.</source>
        <translation>Una foto hace un vídeo. Suelta varias fotos, o una carpeta, para hacer un lote.</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The app stopped while sending this task, so it may or may not have been created.</source>
        <extracomment>The steps of a job&apos;s journey (uploads and their picture checks, status checks, downloads and their MP4 checks): loaded on a worker thread when the first job runs, not at start-up, so a window that sends nothing does not hold them.</extracomment>
        <translation>La app se detuvo mientras enviaba esta tarea, así que puede que se haya creado o no.</translation>
    </message>
    <message>
        <source>Your task history could not be updated either ({reason}).</source>
        <translation>Tampoco se pudo actualizar tu historial de tareas ({reason}).</translation>
    </message>
    <message>
        <source>This task was accepted, but your task history could not be updated ({reason}). Press Retry to follow it: it will not be bought again.</source>
        <translation>Esta tarea se aceptó, pero no se pudo actualizar tu historial de tareas ({reason}). Pulsa Reintentar para seguirla: no se volverá a comprar.</translation>
    </message>
    <message>
        <source>Could not save this task to your history ({reason}), so it was stopped before anything was charged.</source>
        <translation>No se pudo guardar esta tarea en tu historial ({reason}), así que se detuvo antes de cobrar nada.</translation>
    </message>
</context>
<context>
    <name>PlaybackControls</name>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posición en el vídeo</translation>
    </message>
    <message>
        <source>Drag or click to jump within the video</source>
        <translation>Arrastra o haz clic para saltar dentro del vídeo</translation>
    </message>
    <message>
        <source>Loop: play the video again and again</source>
        <translation>Bucle: reproducir el vídeo una y otra vez</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>One frame back (,)</source>
        <translation>Un fotograma atrás (,)</translation>
    </message>
    <message>
        <source>One frame forward (.)</source>
        <translation>Un fotograma adelante (.)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Espacio)</translation>
    </message>
    <message>
        <source>The frame on screen: {frame}; the video is {total} long</source>
        <translation>El fotograma en pantalla: {frame}; el vídeo dura {total}</translation>
    </message>
    <message>
        <source>Sound is off — click to turn it on</source>
        <translation>El sonido está apagado — haz clic para activarlo</translation>
    </message>
    <message>
        <source>Sound is on — click to turn it off</source>
        <translation>El sonido está activado — haz clic para apagarlo</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>{time} · frame {index}</source>
        <translation>{time} · fotograma {index}</translation>
    </message>
    <message>
        <source>frame {index}</source>
        <translation>fotograma {index}</translation>
    </message>
</context>
<context>
    <name>PollStep</name>
    <message>
        <source>The demo server was restarted, so this simulated video was lost.</source>
        <translation>El servidor demo se reinició, así que este vídeo simulado se perdió.</translation>
    </message>
    <message>
        <source>PoYo no longer knows this task: it answered “not found” every time for 1 minute. PoYo may have removed it, or it belongs to another PoYo account (if you changed your API key). Press Retry to make the video again as a new task: it is charged again.</source>
        <translation>PoYo ya no conoce esta tarea: respondió «no encontrada» cada vez durante 1 minuto. Puede que PoYo la haya eliminado, o que sea de otra cuenta de PoYo (si cambiaste tu clave API). Pulsa Reintentar para volver a hacer el vídeo como una tarea nueva: se cobra de nuevo.</translation>
    </message>
    <message>
        <source>PoYo no longer knows this task: it answered “not found” every time for {minutes} minutes. PoYo may have removed it, or it belongs to another PoYo account (if you changed your API key). Press Retry to make the video again as a new task: it is charged again.</source>
        <translation>PoYo ya no conoce esta tarea: respondió «no encontrada» cada vez durante {minutes} minutos. Puede que PoYo la haya eliminado, o que sea de otra cuenta de PoYo (si cambiaste tu clave API). Pulsa Reintentar para volver a hacer el vídeo como una tarea nueva: se cobra de nuevo.</translation>
    </message>
    <message>
        <source>No good answer from PoYo for {minutes} minutes. Still trying. ({reason})</source>
        <translation>Sin una respuesta válida de PoYo desde hace {minutes} minutos. Se sigue intentando. ({reason})</translation>
    </message>
    <message>
        <source>PoYo could not make this video (no reason was given).</source>
        <translation>PoYo no pudo hacer este vídeo (no se dio ningún motivo).</translation>
    </message>
    <message>
        <source>{reason} Press Retry to ask PoYo about this task again: a new one is made (and charged) only if this one failed.</source>
        <translation>{reason} Pulsa Reintentar para volver a preguntar a PoYo por esta tarea: solo se crea (y se cobra) una nueva si esta falló.</translation>
    </message>
</context>
<context>
    <name>PresetFile</name>
    <message>
        <source>The file is too big for a presets file ({size}; at most {most}).</source>
        <translation>El archivo es demasiado grande para un archivo de plantillas ({size}; como mucho {most}).</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
        <source>The file is damaged, or it is not a presets file: it is not whole JSON text.</source>
        <translation>El archivo está dañado o no es un archivo de plantillas: no es un texto JSON completo.</translation>
    </message>
    <message>
        <source>The file is not a presets file of PoYo Desktop.</source>
        <translation>El archivo no es un archivo de plantillas de PoYo Desktop.</translation>
    </message>
    <message>
        <source>The file is damaged: it does not say its version.</source>
        <translation>El archivo está dañado: no dice su versión.</translation>
    </message>
    <message>
        <source>The file was made by a newer PoYo Desktop (presets file version {version}): update the app to import it.</source>
        <translation>El archivo se hizo con un PoYo Desktop más nuevo (versión {version} del archivo de plantillas): actualiza la aplicación para importarlo.</translation>
    </message>
    <message>
        <source>The file holds no presets.</source>
        <translation>El archivo no contiene plantillas.</translation>
    </message>
    <message>
        <source>The file holds {count} presets; at most {most}.</source>
        <translation>El archivo contiene {count} plantillas; como mucho {most}.</translation>
    </message>
    <message>
        <source>Preset number {number} of the file is damaged: it has no name.</source>
        <translation>La plantilla número {number} del archivo está dañada: no tiene nombre.</translation>
    </message>
    <message>
        <source>{what} cannot be used: {problem}</source>
        <translation>{what} no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>{what} is damaged: it holds no settings.</source>
        <translation>{what} está dañada: no contiene ajustes.</translation>
    </message>
    <message>
        <source>The preset “{name}”</source>
        <translation>La plantilla «{name}»</translation>
    </message>
    <message>
        <source>Preset number {number}</source>
        <translation>La plantilla número {number}</translation>
    </message>
    <message>
        <source>The start image of the preset “{name}”</source>
        <translation>La imagen inicial de la plantilla «{name}»</translation>
    </message>
    <message>
        <source>The end image of the preset “{name}”</source>
        <translation>La imagen final de la plantilla «{name}»</translation>
    </message>
    <message>
        <source>The start image of preset number {number}</source>
        <translation>La imagen inicial de la plantilla número {number}</translation>
    </message>
    <message>
        <source>The end image of preset number {number}</source>
        <translation>La imagen final de la plantilla número {number}</translation>
    </message>
    <message>
        <source>{what} is for a model this app does not know (“{model}”).</source>
        <translation>{what} es para un modelo que esta aplicación no conoce («{model}»).</translation>
    </message>
    <message>
        <source>{what} asks for a length this app does not offer (“{length}”).</source>
        <translation>{what} pide una duración que esta aplicación no ofrece («{length}»).</translation>
    </message>
    <message>
        <source>{what} is damaged: its prompt is not text.</source>
        <translation>{what} está dañada: su prompt no es texto.</translation>
    </message>
    <message>
        <source>{what} is damaged: its negative prompt is not text.</source>
        <translation>{what} está dañada: su prompt negativo no es texto.</translation>
    </message>
    <message>
        <source>{what} has a prompt of {count} characters; PoYo takes at most {most}.</source>
        <translation>{what} tiene un prompt de {count} caracteres; PoYo admite como mucho {most}.</translation>
    </message>
    <message>
        <source>{what} has a negative prompt of {count} characters; PoYo takes at most {most}.</source>
        <translation>{what} tiene un prompt negativo de {count} caracteres; PoYo admite como mucho {most}.</translation>
    </message>
    <message>
        <source>{subject} is damaged: it holds no picture.</source>
        <translation>{subject} está dañada: no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>{subject} is too big (at most {most}).</source>
        <translation>{subject} es demasiado grande (como mucho {most}).</translation>
    </message>
    <message>
        <source>{subject} is damaged: it could not be read.</source>
        <translation>{subject} está dañada: no se pudo leer.</translation>
    </message>
    <message>
        <source>{subject} is not a picture.</source>
        <translation>{subject} no es una imagen.</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Ponle un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>A preset&apos;s name has at most {most} characters.</source>
        <translation>El nombre de una plantilla tiene como mucho {most} caracteres.</translation>
    </message>
</context>
<context>
    <name>PresetTransfer</name>
    <message>
        <source>Export Presets</source>
        <translation>Exportar plantillas</translation>
    </message>
    <message>
        <source>Import Presets</source>
        <translation>Importar plantillas</translation>
    </message>
    <message>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Plantillas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>PoYo presets.json</source>
        <translation>Plantillas de PoYo.json</translation>
    </message>
    <message>
        <source>The presets could not be exported</source>
        <translation>No se pudieron exportar las plantillas</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n preset(s) to {path}.</source>
        <translation>
            <numerusform>%n plantilla guardada en {path}.</numerusform>
            <numerusform>%n plantillas guardadas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pictures are inside the file.</source>
        <translation>Sus imágenes van dentro del archivo.</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>No se importó nada. {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Nothing new: {names} is saved here already.</source>
        <translation>Nada nuevo: {names} ya está guardada aquí.</translation>
    </message>
    <message>
        <source>Nothing new: {names} are saved here already.</source>
        <translation>Nada nuevo: {names} ya están guardadas aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n preset(s): {names}.</source>
        <translation>
            <numerusform>%n plantilla importada: {names}.</numerusform>
            <numerusform>%n plantillas importadas: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved here already: {names}.</source>
        <translation>Ya guardadas aquí: {names}.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>A preset called “{name}” is saved already.</source>
        <translation>Ya hay una plantilla llamada «{name}».</translation>
    </message>
</context>
<context>
    <name>PresetsButton</name>
    <message>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Save the form as a preset, or fill it from one</source>
        <translation>Guardar el formulario como plantilla, o rellenarlo desde una</translation>
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
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>«{prompt}»</translation>
    </message>
    <message>
        <source>no prompt</source>
        <translation>sin prompt</translation>
    </message>
    <message>
        <source>a negative prompt</source>
        <translation>un prompt negativo</translation>
    </message>
</context>
<context>
    <name>PresetsManage</name>
    <message>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Saved presets</source>
        <translation>Plantillas guardadas</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>To fill the form from a preset, pick it in the Presets menu.</source>
        <translation>Para rellenar el formulario desde una plantilla, elígela en el menú Plantillas.</translation>
    </message>
    <message>
        <source>“{name}” could not be renamed</source>
        <translation>No se pudo cambiar el nombre de «{name}»</translation>
    </message>
    <message>
        <source>Delete Preset</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”? The form and your videos stay as they are.</source>
        <translation>¿Borrar la plantilla «{name}»? El formulario y tus vídeos quedan como están.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>“{name}” could not be deleted</source>
        <translation>No se pudo borrar «{name}»</translation>
    </message>
</context>
<context>
    <name>PresetsMenu</name>
    <message>
        <source>Save as Preset…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Manage Presets…</source>
        <translation>Gestionar plantillas…</translation>
    </message>
    <message>
        <source>Export Presets…</source>
        <translation>Exportar plantillas…</translation>
    </message>
    <message>
        <source>Import Presets…</source>
        <translation>Importar plantillas…</translation>
    </message>
    <message>
        <source>Reading presets…</source>
        <translation>Leyendo las plantillas…</translation>
    </message>
    <message>
        <source>No presets yet</source>
        <translation>Aún no hay plantillas</translation>
    </message>
    <message>
        <source>The presets could not be read</source>
        <translation>No se pudieron leer las plantillas</translation>
    </message>
    <message>
        <source>Keep the form as it is now, by a name</source>
        <translation>Guardar el formulario tal como está, con un nombre</translation>
    </message>
    <message>
        <source>The preset “{name}” could not be saved</source>
        <translation>No se pudo guardar la plantilla «{name}»</translation>
    </message>
</context>
<context>
    <name>PresetsSaveDialog</name>
    <message>
        <source>Save as Preset</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Keep the pictures with it</source>
        <translation>Guardar las imágenes con ella</translation>
    </message>
    <message>
        <source>Keep the form as it is now, to fill it again from the Presets menu.</source>
        <translation>Guardar el formulario tal como está, para rellenarlo de nuevo desde el menú Plantillas.</translation>
    </message>
    <message>
        <source>What is saved</source>
        <translation>Qué se guarda</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>e.g. Slow pan over the sea</source>
        <translation>p. ej. Barrido lento sobre el mar</translation>
    </message>
    <message>
        <source>About the name</source>
        <translation>Sobre el nombre</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <source>The form has no start or end image to keep.</source>
        <translation>El formulario no tiene imagen inicial ni final que guardar.</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>A copy of {names} goes with the preset: it works after the originals move.</source>
        <translation>Una copia de {names} va con la plantilla: funciona aunque los originales se muevan.</translation>
    </message>
    <message>
        <source>Copies of {names} go with the preset: it works after the originals move.</source>
        <translation>Copias de {names} van con la plantilla: funciona aunque los originales se muevan.</translation>
    </message>
    <message>
        <source>The preset leaves the form&apos;s pictures as they are.</source>
        <translation>La plantilla deja las imágenes del formulario como están.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>A preset called “{name}” is saved already: saving replaces it.</source>
        <translation>Ya hay una plantilla llamada «{name}»: al guardar se reemplaza.</translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln crédito</numerusform>
            <numerusform>%Ln créditos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Free in demo mode (%Ln credit(s) with a key)</source>
        <translation>
            <numerusform>Gratis en modo demo (%Ln crédito con clave)</numerusform>
            <numerusform>Gratis en modo demo (%Ln créditos con clave)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: {price}</source>
        <translation>Coste: {price}</translation>
    </message>
    <message numerus="yes">
        <source>Free · %Ln with a key</source>
        <translation>
            <numerusform>Gratis · %Ln con clave</numerusform>
            <numerusform>Gratis · %Ln con clave</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemMessages</name>
    <message>
        <source>Only Pro can end on a chosen image.</source>
        <translation>Solo Pro puede terminar en una imagen elegida.</translation>
    </message>
    <message>
        <source>This picture stays here but will not be sent with Standard.</source>
        <translation>Esta imagen se queda aquí, pero no se envía con Standard.</translation>
    </message>
    <message>
        <source>Checking {picture}…</source>
        <extracomment>Problems are shown in the order the fields appear on screen.</extracomment>
        <translation>Comprobando la {picture}…</translation>
    </message>
</context>
<context>
    <name>PromptFields</name>
    <message>
        <source>Negative prompt (optional)</source>
        <translation>Prompt negativo (opcional)</translation>
    </message>
    <message>
        <source>Describe what should happen, e.g. “The waves roll in slowly while the camera drifts to the right.”</source>
        <translation>Describe lo que debe pasar, p. ej. «Las olas llegan despacio mientras la cámara se desliza a la derecha».</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>What should happen in the video.</source>
        <translation>Lo que debe pasar en el vídeo.</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>Longitud del prompt</translation>
    </message>
    <message>
        <source>Things the video should avoid</source>
        <translation>Lo que el vídeo debe evitar</translation>
    </message>
    <message>
        <source>Things to avoid, e.g. blur, distorted faces, text</source>
        <translation>Lo que hay que evitar, p. ej. desenfoque, caras deformadas, texto</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Prompt negativo</translation>
    </message>
    <message>
        <source> · in use</source>
        <translation> · en uso</translation>
    </message>
</context>
<context>
    <name>QueueCommands</name>
    <message>
        <source>This task could not be paused, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>No se pudo pausar esta tarea porque no se pudo guardar tu historial de tareas ({reason}). No se envió ni se cobró nada por ella.</translation>
    </message>
    <message>
        <source>This task could not be resumed, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>No se pudo reanudar esta tarea porque no se pudo guardar tu historial de tareas ({reason}). No se envió ni se cobró nada por ella.</translation>
    </message>
    <message>
        <source>This task could not be cancelled, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>No se pudo cancelar esta tarea porque no se pudo guardar tu historial de tareas ({reason}). No se envió ni se cobró nada por ella.</translation>
    </message>
    <message>
        <source>This task could not be put back in line, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>No se pudo volver a poner esta tarea en la cola porque no se pudo guardar tu historial de tareas ({reason}). No se envió ni se cobró nada por ella.</translation>
    </message>
    <message>
        <source>This task could not be moved, because your task history could not be saved ({reason}). Nothing was sent or charged for it.</source>
        <translation>No se pudo mover esta tarea porque no se pudo guardar tu historial de tareas ({reason}). No se envió ni se cobró nada por ella.</translation>
    </message>
</context>
<context>
    <name>QueueEdits</name>
    <message>
        <source>This video is no longer in the list, so nothing was changed.</source>
        <translation>Este vídeo ya no está en la lista, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>This model is not offered.</source>
        <translation>Este modelo no está disponible.</translation>
    </message>
    <message>
        <source>This video was sent to the demo server while you were editing it, so it can no longer change. Nothing was changed.</source>
        <translation>Este vídeo se envió al servidor demo mientras lo editabas, así que ya no puede cambiar. No se cambió nada.</translation>
    </message>
    <message>
        <source>This video was sent to PoYo while you were editing it, so it is paid and can no longer change. Nothing was changed.</source>
        <translation>Este vídeo se envió a PoYo mientras lo editabas, así que está pagado y ya no puede cambiar. No se cambió nada.</translation>
    </message>
    <message>
        <source>This video was cancelled, so nothing was changed: Send After All puts it back.</source>
        <translation>Este vídeo se canceló, así que no se cambió nada: Enviar después de todas lo devuelve a la cola.</translation>
    </message>
    <message>
        <source>This video is being sent now (its pictures are uploading), so it was not changed. Pause it first if you want to edit it.</source>
        <translation>Este vídeo se está enviando ahora (sus imágenes se están subiendo), así que no se cambió. Páusalo primero si quieres editarlo.</translation>
    </message>
    <message>
        <source>This video is being changed already.</source>
        <translation>Este vídeo ya se está cambiando.</translation>
    </message>
    <message>
        <source>This video could not be changed, because your task history could not be saved ({reason}). It is as it was.</source>
        <translation>No se pudo cambiar este vídeo porque no se pudo guardar tu historial de tareas ({reason}). Queda como estaba.</translation>
    </message>
</context>
<context>
    <name>QueueMenu</name>
    <message numerus="yes">
        <source>{what}: {done} of %Ln selected task(s) ({left} not waiting to be sent).</source>
        <translation>
            <numerusform>{what}: {done} de %Ln tarea seleccionada ({left} no espera ser enviada).</numerusform>
            <numerusform>{what}: {done} de %Ln tareas seleccionadas ({left} no esperan ser enviadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending paused — new videos wait until you resume</source>
        <translation>Envíos en pausa — los vídeos nuevos esperan hasta que reanudes</translation>
    </message>
    <message numerus="yes">
        <source>Sending paused — %Ln waiting, nothing of them paid yet</source>
        <translation>
            <numerusform>Envíos en pausa — %Ln en espera, nada pagado aún</numerusform>
            <numerusform>Envíos en pausa — %Ln en espera, nada pagado aún</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting ({held} paused) · not paid yet</source>
        <translation>
            <numerusform>%Ln en espera ({held} en pausa) · sin pagar aún</numerusform>
            <numerusform>%Ln en espera ({held} en pausa) · sin pagar aún</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting · not paid yet</source>
        <translation>
            <numerusform>%Ln en espera · sin pagar aún</numerusform>
            <numerusform>%Ln en espera · sin pagar aún</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSheet</name>
    <message>
        <source>{name} (copy {copy} of {copies})</source>
        <translation>{name} (copia {copy} de {copies})</translation>
    </message>
    <message>
        <source>Review the batch</source>
        <extracomment>The person confirmed: record and send every video. Emitted once.</extracomment>
        <translation>Revisar el lote</translation>
    </message>
    <message>
        <source>Videos to make</source>
        <translation>Vídeos por hacer</translation>
    </message>
    <message>
        <source>Spending limit</source>
        <translation>Límite de gasto</translation>
    </message>
    <message>
        <source>Balance warning</source>
        <translation>Aviso de saldo</translation>
    </message>
    <message>
        <source>Not sent ({count}):</source>
        <translation>Sin enviar ({count}):</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <source>Each video</source>
        <translation>Cada vídeo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Saldo después</translation>
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
            <numerusform>{model} · %n segundo cada uno</numerusform>
            <numerusform>{model} · %n segundos cada uno</numerusform>
        </translation>
    </message>
    <message>
        <source> · ending on the same end image</source>
        <translation> · todos terminan en la misma imagen final</translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s)?</source>
        <translation>
            <numerusform>¿Hacer %n vídeo?</numerusform>
            <numerusform>¿Hacer %n vídeos?</numerusform>
        </translation>
    </message>
    <message>
        <source>not touched: demo videos are free</source>
        <translation>sin cambios: los vídeos demo son gratis</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>precio desconocido</translation>
    </message>
    <message>
        <source>free in demo mode ({credits} with a key)</source>
        <translation>gratis en modo demo ({credits} con clave)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Balance unknown: it could not be read just now.</source>
        <translation>Saldo desconocido: no se pudo leer ahora.</translation>
    </message>
    <message>
        <source>{short} short (you have {balance})</source>
        <translation>faltan {short} (tienes {balance})</translation>
    </message>
    <message>
        <source>{left} left of {balance}</source>
        <translation>quedan {left} de {balance}</translation>
    </message>
    <message numerus="yes">
        <source>Your balance pays for {paid} of these %n videos. PoYo will refuse the rest (nothing is charged for those): top up on poyo.ai first, or make fewer.</source>
        <translation>
            <numerusform>Tu saldo paga {paid} de %n vídeo. PoYo rechazará el resto (no se cobra nada por ellos): recarga primero en poyo.ai o haz menos.</numerusform>
            <numerusform>Tu saldo paga {paid} de estos %n vídeos. PoYo rechazará el resto (no se cobra nada por ellos): recarga primero en poyo.ai o haz menos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s) (free)</source>
        <translation>
            <numerusform>Hacer %n vídeo (gratis)</numerusform>
            <numerusform>Hacer %n vídeos (gratis)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s)</source>
        <translation>
            <numerusform>Hacer %n vídeo</numerusform>
            <numerusform>Hacer %n vídeos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n video(s) — {credits}</source>
        <translation>
            <numerusform>Hacer %n vídeo — {credits}</numerusform>
            <numerusform>Hacer %n vídeos — {credits}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Choose a model: Standard or Pro.</source>
        <translation>Elige un modelo: Standard o Pro.</translation>
    </message>
    <message>
        <source>Write a prompt: describe what should happen.</source>
        <translation>Escribe un prompt: describe lo que debe pasar.</translation>
    </message>
    <message>
        <source>The prompt is {length} characters; PoYo accepts at most {limit}.</source>
        <translation>El prompt tiene {length} caracteres; PoYo acepta como máximo {limit}.</translation>
    </message>
    <message>
        <source>Kling may ignore text beyond {limit} characters (this prompt has {length}).</source>
        <translation>Kling puede ignorar el texto a partir de {limit} caracteres (este prompt tiene {length}).</translation>
    </message>
    <message>
        <source>The negative prompt is {length} characters; PoYo accepts at most {limit}.</source>
        <translation>El prompt negativo tiene {length} caracteres; PoYo acepta como máximo {limit}.</translation>
    </message>
    <message>
        <source>Choose a length of 5 or 10 seconds.</source>
        <translation>Elige una duración de 5 o 10 segundos.</translation>
    </message>
    <message>
        <source>Add a start image: the first frame of the video.</source>
        <translation>Añade una imagen inicial: el primer fotograma del vídeo.</translation>
    </message>
    <message>
        <source>Only Kling 2.1 Pro takes an end image.</source>
        <translation>Solo Kling 2.1 Pro admite una imagen final.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Could not save your API key in the system keychain: it did not accept it (it may be locked, or its unlock prompt was closed). Nothing was saved.</source>
        <translation>No se pudo guardar tu clave API en el llavero del sistema: no la aceptó (puede que esté bloqueado o que se cerrara su petición de desbloqueo). No se guardó nada.</translation>
    </message>
    <message>
        <source>Your API key was saved in the system keychain, but an older key in {file} could not be removed ({reason}), and it would be used instead. Remove that file, then save again.</source>
        <translation>Tu clave API se guardó en el llavero del sistema, pero no se pudo eliminar una clave más antigua en {file} ({reason}), y se usaría esa en su lugar. Elimina ese archivo y vuelve a guardar.</translation>
    </message>
    <message>
        <source>Could not remove your API key from the system keychain: it did not allow it (it may be locked, or its unlock prompt was closed). Nothing was changed.</source>
        <translation>No se pudo quitar tu clave API del llavero del sistema: no lo permitió (puede que esté bloqueado o que se cerrara su petición de desbloqueo). No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not remove your API key from {file}: {reason}.</source>
        <translation>No se pudo quitar tu clave API de {file}: {reason}.</translation>
    </message>
    <message>
        <source>Could not save your API key: {reason}.</source>
        <translation>No se pudo guardar tu clave API: {reason}.</translation>
    </message>
</context>
<context>
    <name>SendStep</name>
    <message>
        <source>The start image</source>
        <translation>La imagen inicial</translation>
    </message>
    <message>
        <source>The end image</source>
        <translation>La imagen final</translation>
    </message>
    <message>
        <source>The start image is missing.</source>
        <translation>Falta la imagen inicial.</translation>
    </message>
    <message>
        <source>The end image is missing.</source>
        <translation>Falta la imagen final.</translation>
    </message>
    <message>
        <source>The start image could not be read: {reason}.</source>
        <translation>No se pudo leer la imagen inicial: {reason}.</translation>
    </message>
    <message>
        <source>The end image could not be read: {reason}.</source>
        <translation>No se pudo leer la imagen final: {reason}.</translation>
    </message>
    <message>
        <source>Uploading the start image failed. {words}</source>
        <translation>No se pudo subir la imagen inicial. {words}</translation>
    </message>
    <message>
        <source>Uploading the end image failed. {words}</source>
        <translation>No se pudo subir la imagen final. {words}</translation>
    </message>
    <message>
        <source>The app was closed while sending this task, so it may or may not have been created.</source>
        <translation>La app se cerró mientras enviaba esta tarea, así que puede que se haya creado o no.</translation>
    </message>
    <message>
        <source>Not sent: today&apos;s spending could not be checked ({reason}). Nothing was charged; try again once that is fixed.</source>
        <translation>No enviado: no se pudieron comprobar los gastos de hoy ({reason}). No se cobró nada; inténtalo de nuevo cuando esté resuelto.</translation>
    </message>
</context>
<context>
    <name>SendingPause</name>
    <message>
        <source>Sending is paused, but this could not be kept for the next start, because your task history could not be saved ({reason}).</source>
        <translation>Los envíos están en pausa, pero esto no se pudo conservar para el próximo inicio porque no se pudo guardar tu historial de tareas ({reason}).</translation>
    </message>
    <message>
        <source>Sending is resumed, but this could not be kept for the next start, because your task history could not be saved ({reason}).</source>
        <translation>Los envíos se reanudaron, pero esto no se pudo conservar para el próximo inicio porque no se pudo guardar tu historial de tareas ({reason}).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a folder for your videos.</source>
        <translation>Elige una carpeta para tus vídeos.</translation>
    </message>
    <message>
        <source>That path is a file, not a folder.</source>
        <translation>Esa ruta es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>You do not have permission to save files in that folder.</source>
        <translation>No tienes permiso para guardar archivos en esa carpeta.</translation>
    </message>
    <message>
        <source>Check every {low} to {high} seconds.</source>
        <translation>Elige un intervalo de {low} a {high} segundos.</translation>
    </message>
    <message>
        <source>Choose {low} to {high} tasks.</source>
        <translation>Elige de {low} a {high} tareas.</translation>
    </message>
    <message>
        <source>A callback address must start with https://.</source>
        <translation>Una dirección de callback debe empezar por https://.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>La dirección del servidor debe empezar por https://.</translation>
    </message>
    <message>
        <source>The amount to ask about must be {low} to {high} credits.</source>
        <translation>El importe a consultar debe estar entre {low} y {high} créditos.</translation>
    </message>
    <message>
        <source>The daily limit must be {low} to {high} credits.</source>
        <translation>El límite diario debe estar entre {low} y {high} créditos.</translation>
    </message>
    <message>
        <source>The limit for this session must be {low} to {high} credits.</source>
        <translation>El límite de esta sesión debe estar entre {low} y {high} créditos.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Your saved API key could not be read</source>
        <translation>No se pudo leer tu clave API guardada</translation>
    </message>
    <message>
        <source>Save videos in</source>
        <translation>Guardar vídeos en</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Could not save your API key</source>
        <translation>No se pudo guardar tu clave API</translation>
    </message>
    <message>
        <source>Your API key was removed.</source>
        <translation>Se ha quitado tu clave API.</translation>
    </message>
    <message>
        <source>Switching to demo mode</source>
        <translation>Cambiando al modo demo</translation>
    </message>
    <message>
        <source>Switching…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>{problem} Your key is still in the box above: press Save to try again.</source>
        <translation>{problem} Tu clave sigue en el campo de arriba: pulsa Guardar para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Your API key was removed, but the demo server could not be started: {error}. It is tried again when you make a video.</source>
        <translation>Se ha quitado tu clave API, pero el servidor demo no pudo arrancar: {error}. Se intentará de nuevo cuando hagas un vídeo.</translation>
    </message>
    <message>
        <source>Switching to demo mode: starting the demo server… New videos wait until it runs; nothing goes to PoYo.</source>
        <translation>Cambiando al modo demo: arrancando el servidor demo… Los vídeos nuevos esperan hasta que funcione; nada se envía a PoYo.</translation>
    </message>
    <message>
        <source>Could not save your API key: something unexpected went wrong.</source>
        <translation>No se pudo guardar tu clave API: ha ocurrido algo inesperado.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Paste your PoYo API key</source>
        <translation>Pega tu clave API de PoYo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Checking where your key is kept…</source>
        <translation>Comprobando dónde se guarda tu clave…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>No key yet? Create one on &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt;. Without a key the app runs in demo mode.</source>
        <translation>¿Aún no tienes clave? Crea una en &lt;a href=&apos;https://poyo.ai&apos;&gt;poyo.ai&lt;/a&gt;. Sin clave, la aplicación funciona en modo demo.</translation>
    </message>
    <message>
        <source>Your PoYo API key:</source>
        <translation>Tu clave API de PoYo:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Status check interval</source>
        <translation>Intervalo de comprobación</translation>
    </message>
    <message>
        <source>Videos in progress at once</source>
        <translation>Vídeos en curso a la vez</translation>
    </message>
    <message>
        <source>Save videos in:</source>
        <translation>Guardar vídeos en:</translation>
    </message>
    <message>
        <source>Check progress every:</source>
        <translation>Comprobar el progreso cada:</translation>
    </message>
    <message>
        <source>Videos in progress at once:</source>
        <translation>Vídeos en curso a la vez:</translation>
    </message>
    <message>
        <source>More than this wait their turn in the list; none is paid before it is sent.</source>
        <translation>Los demás esperan su turno en la lista; ninguno se paga antes de enviarse.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Optional: https://… (most people leave this empty)</source>
        <translation>Opcional: https://… (casi todos lo dejan vacío)</translation>
    </message>
    <message>
        <source>Callback address</source>
        <translation>Dirección de callback</translation>
    </message>
    <message>
        <source>Tell me when a new version is out</source>
        <translation>Avisarme cuando haya una versión nueva</translation>
    </message>
    <message>
        <source>Keep the place and camera details in photos I send</source>
        <translation>Conservar el lugar y los datos de la cámara en las fotos que envío</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Callback address:</source>
        <translation>Dirección de callback:</translation>
    </message>
    <message>
        <source>Most people never change these.</source>
        <translation>Casi nadie cambia esto.</translation>
    </message>
    <message>
        <source>When this is off, where a photo was taken and the camera&apos;s make, model and serial number are removed before the photo is uploaded.</source>
        <translation>Si está desactivado, el lugar donde se hizo la foto y la marca, el modelo y el número de serie de la cámara se quitan antes de subirla.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when you start the app again.</source>
        <translation>El nuevo idioma se aplica al volver a abrir la aplicación.</translation>
    </message>
    <message>
        <source>Once a week, with a link to what is new. Nothing is downloaded by itself.</source>
        <translation>Una vez por semana, con un enlace a las novedades. No se descarga nada solo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>SettingsTabs</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Videos</source>
        <translation>&amp;Vídeos</translation>
    </message>
    <message>
        <source>S&amp;pending</source>
        <translation>&amp;Gastos</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Avisos</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>On a picture box</source>
        <translation>En un cuadro de imagen</translation>
    </message>
    <message>
        <source>Paste a copied picture</source>
        <translation>Pegar una imagen copiada</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Quitar la imagen</translation>
    </message>
    <message>
        <source>In Your videos</source>
        <translation>En Tus vídeos</translation>
    </message>
    <message>
        <source>Play the selected video</source>
        <translation>Reproducir el vídeo seleccionado</translation>
    </message>
    <message>
        <source>Hold its video a frame back or forward</source>
        <translation>Mover su vídeo un fotograma atrás o adelante</translation>
    </message>
    <message>
        <source>Remove it from the list</source>
        <translation>Quitarlo de la lista</translation>
    </message>
    <message>
        <source>Open its menu</source>
        <translation>Abrir su menú</translation>
    </message>
    <message>
        <source>In the preview</source>
        <translation>En la vista previa</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>A second back or forward</source>
        <translation>Un segundo atrás o adelante</translation>
    </message>
    <message>
        <source>One frame back</source>
        <translation>Un fotograma atrás</translation>
    </message>
    <message>
        <source>One frame forward</source>
        <translation>Un fotograma adelante</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier sitio</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Close a dialog</source>
        <translation>Cerrar un diálogo</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
</context>
<context>
    <name>SlotCommands</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Pegar imagen</translation>
    </message>
    <message>
        <source>Crop or fix…</source>
        <translation>Recortar o corregir…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>Copiar mensaje</translation>
    </message>
</context>
<context>
    <name>SlotFixing</name>
    <message>
        <source>Fix this picture…</source>
        <translation>Corregir esta imagen…</translation>
    </message>
    <message>
        <source>Crop to match the start image…</source>
        <translation>Recortar para que coincida con la imagen inicial…</translation>
    </message>
</context>
<context>
    <name>SlotLook</name>
    <message>
        <source>{picture} preview</source>
        <translation>Vista previa de {picture}</translation>
    </message>
</context>
<context>
    <name>SlotView</name>
    <message>
        <source>No picture yet. Drop a photo here, press Ctrl+V to paste, or Space to browse.</source>
        <translation>Aún no hay imagen. Suelta una foto aquí, pulsa Ctrl+V para pegar o Espacio para examinar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Remove the {picture}</source>
        <translation>Quitar la {picture}</translation>
    </message>
    <message>
        <source>Remove {picture}</source>
        <translation>Quitar {picture}</translation>
    </message>
    <message>
        <source>Drop a photo here, or Browse… / Paste</source>
        <translation>Suelta una foto aquí, o Examinar… / Pegar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for the {picture}</source>
        <translation>Buscar la {picture}</translation>
    </message>
    <message>
        <source>Choose a JPEG, PNG, WebP or GIF file</source>
        <translation>Elige un archivo JPEG, PNG, WebP o GIF</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste the {picture}</source>
        <translation>Pegar la {picture}</translation>
    </message>
    <message>
        <source>Use the picture or image file you copied (Ctrl+V)</source>
        <translation>Usar la imagen o el archivo de imagen que copiaste (Ctrl+V)</translation>
    </message>
</context>
<context>
    <name>SpendingPhrases</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>amount to ask about</source>
        <translation>importe a consultar</translation>
    </message>
    <message>
        <source>daily limit</source>
        <translation>límite diario</translation>
    </message>
    <message>
        <source>limit for this session</source>
        <translation>límite de esta sesión</translation>
    </message>
    <message numerus="yes">
        <source>Make this %n-second Pro video for {price}?</source>
        <translation>
            <numerusform>¿Hacer este vídeo Pro de %n segundo por {price}?</numerusform>
            <numerusform>¿Hacer este vídeo Pro de %n segundos por {price}?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make this %n-second Standard video for {price}?</source>
        <translation>
            <numerusform>¿Hacer este vídeo Standard de %n segundo por {price}?</numerusform>
            <numerusform>¿Hacer este vídeo Standard de %n segundos por {price}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the {what} in credits, for example 1000.</source>
        <translation>Escribe el {what} en créditos, por ejemplo 1000.</translation>
    </message>
    <message>
        <source>The {what} must be a whole number of credits, for example 1000 (not “{text}”).</source>
        <translation>El {what} debe ser un número entero de créditos, por ejemplo 1000 (no «{text}»).</translation>
    </message>
    <message>
        <source>The {what} must be {low} to {high} credits.</source>
        <translation>El {what} debe estar entre {low} y {high} créditos.</translation>
    </message>
    <message>
        <source>Your {limit}-credit daily limit stops this batch</source>
        <translation>Tu límite diario de {limit} créditos detiene este lote</translation>
    </message>
    <message>
        <source>Your {limit}-credit limit for this session stops this batch</source>
        <translation>Tu límite de {limit} créditos para esta sesión detiene este lote</translation>
    </message>
    <message numerus="yes">
        <source>{stops} before its first video: all %n will wait and ask you first.</source>
        <translation>
            <numerusform>{stops} antes de su primer vídeo: %n esperará y te preguntará antes.</numerusform>
            <numerusform>{stops} antes de su primer vídeo: los %n esperarán y te preguntarán antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{stops} at its last video: that one will wait and ask you first.</source>
        <translation>{stops} en su último vídeo: ese esperará y te preguntará antes.</translation>
    </message>
    <message numerus="yes">
        <source>{stops} at video {next}: {fits} fit, the other %n will wait and ask you first.</source>
        <translation>
            <numerusform>{stops} en el vídeo {next}: caben {fits}, %n más esperará y te preguntará antes.</numerusform>
            <numerusform>{stops} en el vídeo {next}: caben {fits}, los otros %n esperarán y te preguntarán antes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendingSettings</name>
    <message>
        <source>Ask me before any single video over</source>
        <translation>Preguntarme antes de cualquier vídeo de más de</translation>
    </message>
    <message>
        <source>Daily limit:</source>
        <translation>Límite diario:</translation>
    </message>
    <message>
        <source>Limit for this session:</source>
        <translation>Límite de esta sesión:</translation>
    </message>
    <message>
        <source>Ask before a video over (credits)</source>
        <translation>Preguntar antes de un vídeo de más de (créditos)</translation>
    </message>
    <message>
        <source>Daily limit (credits)</source>
        <translation>Límite diario (créditos)</translation>
    </message>
    <message>
        <source>Limit for this session (credits)</source>
        <translation>Límite de esta sesión (créditos)</translation>
    </message>
    <message>
        <source>A video that would go over a limit waits, and you are asked. A session lasts from when you start the app until you quit it. Demo videos never count. File › Spending… shows what you spent.</source>
        <translation>Un vídeo que superaría un límite espera, y se te pregunta. Una sesión dura desde que abres la aplicación hasta que la cierras. Los vídeos demo nunca cuentan. Archivo › Gastos… muestra lo que has gastado.</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>créditos</translation>
    </message>
    <message>
        <source>credits (about {dollars})</source>
        <translation>créditos (unos {dollars})</translation>
    </message>
</context>
<context>
    <name>SpendingWords</name>
    <message>
        <source>Not sent: today&apos;s spending would reach {reach} of your {limit}-credit daily limit (about {dollars}). Raise the limit in Settings or send it anyway.</source>
        <translation>No enviado: el gasto de hoy llegaría a {reach} de tu límite diario de {limit} créditos (unos {dollars}). Sube el límite en Ajustes o envíalo de todos modos.</translation>
    </message>
    <message>
        <source>Not sent: spending since the app started would reach {reach} of your {limit}-credit limit for this session (about {dollars}). Raise the limit in Settings or send it anyway.</source>
        <translation>No enviado: el gasto desde que se abrió la aplicación llegaría a {reach} de tu límite de {limit} créditos para esta sesión (unos {dollars}). Sube el límite en Ajustes o envíalo de todos modos.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Demo mode — simulated videos</source>
        <translation>Modo demo — vídeos simulados</translation>
    </message>
    <message>
        <source>PoYo answers again: your videos carry on.</source>
        <translation>PoYo vuelve a responder: tus vídeos siguen.</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Servidor: {server}</translation>
    </message>
    <message>
        <source>Your videos wait; nothing is lost.</source>
        <translation>Tus vídeos esperan; no se pierde nada.</translation>
    </message>
    <message>
        <source>Videos are simulated on this computer, for free. Add your PoYo API key in Settings to make real ones.</source>
        <translation>Los vídeos se simulan en este ordenador, gratis. Añade tu clave API de PoYo en Ajustes para hacer vídeos reales.</translation>
    </message>
    <message>
        <source>Connecting to PoYo…</source>
        <translation>Conectando con PoYo…</translation>
    </message>
    <message>
        <source>Connecting to PoYo at {server}…</source>
        <translation>Conectando con PoYo en {server}…</translation>
    </message>
    <message>
        <source>Connected to PoYo</source>
        <translation>Conectado a PoYo</translation>
    </message>
    <message>
        <source>Connected to PoYo at {server}</source>
        <translation>Conectado a PoYo en {server}</translation>
    </message>
    <message>
        <source>Balance read at {time}.</source>
        <translation>Saldo leído a las {time}.</translation>
    </message>
    <message>
        <source>Balance read.</source>
        <translation>Saldo leído.</translation>
    </message>
    <message>
        <source>It is read again after each video and every minute or so while videos are being made.</source>
        <translation>Se vuelve a leer tras cada vídeo y más o menos cada minuto mientras se hacen vídeos.</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key — check it in Settings</source>
        <translation>PoYo no aceptó tu clave API — revísala en Ajustes</translation>
    </message>
    <message>
        <source>PoYo did not accept your API key.</source>
        <translation>PoYo no aceptó tu clave API.</translation>
    </message>
    <message>
        <source>Cannot reach PoYo — retrying…</source>
        <translation>No se puede conectar con PoYo — reintentando…</translation>
    </message>
    <message>
        <source>Cannot reach PoYo at {server} — retrying…</source>
        <translation>No se puede conectar con PoYo en {server} — reintentando…</translation>
    </message>
    <message>
        <source>PoYo is having trouble — retrying…</source>
        <translation>PoYo tiene problemas — reintentando…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>Could not open your task history</source>
        <translation>No se pudo abrir tu historial de tareas</translation>
    </message>
    <message>
        <source>Could not read your task history</source>
        <translation>No se pudo leer tu historial de tareas</translation>
    </message>
    <message>
        <source>Could not save your task history</source>
        <translation>No se pudo guardar tu historial de tareas</translation>
    </message>
    <message>
        <source>Could not keep a copy of your image</source>
        <translation>No se pudo guardar una copia de tu imagen</translation>
    </message>
    <message>
        <source>Your task history was saved by a newer version of PoYo Desktop (history format {found}; this version understands up to {supported}). Please update PoYo Desktop. Your history was left untouched.</source>
        <translation>Tu historial de tareas se guardó con una versión más nueva de PoYo Desktop (formato del historial {found}; esta versión entiende hasta el {supported}). Actualiza PoYo Desktop. Tu historial no se ha tocado.</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>PoYo Desktop is not allowed to change the history file</source>
        <translation>PoYo Desktop no tiene permiso para cambiar el archivo del historial</translation>
    </message>
    <message>
        <source>another program is using the history file; try again</source>
        <translation>otro programa está usando el archivo del historial; vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the history file is damaged; restart PoYo Desktop to repair it</source>
        <translation>el archivo del historial está dañado; reinicia PoYo Desktop para repararlo</translation>
    </message>
    <message>
        <source>PoYo Desktop is not allowed to read or write the file</source>
        <translation>PoYo Desktop no tiene permiso para leer o escribir el archivo</translation>
    </message>
    <message>
        <source>the history file is read-only</source>
        <translation>el archivo del historial es de solo lectura</translation>
    </message>
    <message>
        <source>the history file could not be opened</source>
        <translation>no se pudo abrir el archivo del historial</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>el ordenador se quedó sin memoria</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the file was not found</source>
        <translation>no se encontró el archivo</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{action}: {reason}.</source>
        <translation>{action}: {reason}.</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; none of your tasks could be recovered.</source>
        <translation>Tu archivo del historial estaba dañado. Se guardó una copia en {path}; no se pudo recuperar ninguna de tus tareas.</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; 1 of your tasks was recovered.</source>
        <translation>Tu archivo del historial estaba dañado. Se guardó una copia en {path}; se recuperó 1 de tus tareas.</translation>
    </message>
    <message>
        <source>Your history file was damaged. A copy was kept at {path}; {count} of your tasks were recovered.</source>
        <translation>Tu archivo del historial estaba dañado. Se guardó una copia en {path}; se recuperaron {count} de tus tareas.</translation>
    </message>
    <message>
        <source>The history file belongs to another program, so PoYo Desktop left it untouched.</source>
        <translation>El archivo del historial es de otro programa, así que PoYo Desktop no lo ha tocado.</translation>
    </message>
    <message>
        <source>the history file or its folder is read-only</source>
        <translation>el archivo del historial o su carpeta es de solo lectura</translation>
    </message>
</context>
<context>
    <name>TaskAlerts</name>
    <message numerus="yes">
        <source>%n video(s) in progress</source>
        <translation>
            <numerusform>%n vídeo en curso</numerusform>
            <numerusform>%n vídeos en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>“{prompt}”</source>
        <translation>«{prompt}»</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Tu vídeo</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>Your video failed</source>
        <translation>Tu vídeo falló</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>Tu vídeo está listo</translation>
    </message>
    <message>
        <source>Click to watch it.</source>
        <translation>Haz clic para verlo.</translation>
    </message>
</context>
<context>
    <name>TaskChoices</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Check Status Again</source>
        <translation>Comprobar el estado otra vez</translation>
    </message>
    <message>
        <source>Submit Again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Send Next</source>
        <translation>Enviar la siguiente</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Send Last</source>
        <translation>Enviar la última</translation>
    </message>
    <message>
        <source>Cancel (Not Paid)</source>
        <translation>Cancelar (sin pagar)</translation>
    </message>
    <message>
        <source>Send After All</source>
        <translation>Enviar después de todas</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Why {name} is not available:</source>
        <translation>Por qué {name} no está disponible:</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <source>Why {names} are not available:</source>
        <translation>Por qué {names} no están disponibles:</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Task ID copied.</source>
        <translation>ID de la tarea copiado.</translation>
    </message>
    <message>
        <source>Task settings copied as JSON.</source>
        <translation>Ajustes de la tarea copiados como JSON.</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Quitar tarea</translation>
    </message>
    <message>
        <source>Remove this task from your history?</source>
        <translation>¿Quitar esta tarea de tu historial?</translation>
    </message>
    <message>
        <source>Also delete the video file</source>
        <translation>Borrar también el archivo de vídeo</translation>
    </message>
    <message>
        <source>It is still in progress; the app will stop following it.</source>
        <translation>Aún está en curso; la aplicación dejará de seguirla.</translation>
    </message>
</context>
<context>
    <name>TaskDecisions</name>
    <message>
        <source>This task was made in demo mode, so it can be retried only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Esta tarea se hizo en modo demo, así que solo se puede reintentar en modo demo: quita tu clave API en Ajustes o inicia PoYo Desktop con --demo.</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be checked again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Esta tarea se hizo en modo demo, así que solo se puede volver a comprobar en modo demo: quita tu clave API en Ajustes o inicia PoYo Desktop con --demo.</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be sent again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Esta tarea se hizo en modo demo, así que solo se puede volver a enviar en modo demo: quita tu clave API en Ajustes o inicia PoYo Desktop con --demo.</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be checked again or sent again only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Esta tarea se hizo en modo demo, así que solo se puede volver a comprobar o volver a enviar en modo demo: quita tu clave API en Ajustes o inicia PoYo Desktop con --demo.</translation>
    </message>
    <message>
        <source>This task was made in demo mode, so it can be followed only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo.</source>
        <translation>Esta tarea se hizo en modo demo, así que solo se puede seguir en modo demo: quita tu clave API en Ajustes o inicia PoYo Desktop con --demo.</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be retried only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Esta tarea se hizo con tu cuenta de PoYo, así que solo se puede reintentar con tu clave API: añádela en Ajustes (si ya está, inicia PoYo Desktop sin --demo).</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be checked again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Esta tarea se hizo con tu cuenta de PoYo, así que solo se puede volver a comprobar con tu clave API: añádela en Ajustes (si ya está, inicia PoYo Desktop sin --demo).</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be sent again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Esta tarea se hizo con tu cuenta de PoYo, así que solo se puede volver a enviar con tu clave API: añádela en Ajustes (si ya está, inicia PoYo Desktop sin --demo).</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be checked again or sent again only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Esta tarea se hizo con tu cuenta de PoYo, así que solo se puede volver a comprobar o volver a enviar con tu clave API: añádela en Ajustes (si ya está, inicia PoYo Desktop sin --demo).</translation>
    </message>
    <message>
        <source>This task was made with your PoYo account, so it can be followed only with your API key: add it in Settings (if it is there, start PoYo Desktop without --demo).</source>
        <translation>Esta tarea se hizo con tu cuenta de PoYo, así que solo se puede seguir con tu clave API: añádela en Ajustes (si ya está, inicia PoYo Desktop sin --demo).</translation>
    </message>
    <message>
        <source>Already sent to PoYo — it is paid and can only stop being followed (Remove from List stops following it).</source>
        <translation>Ya enviada a PoYo — está pagada y solo se puede dejar de seguir («Quitar de la lista» deja de seguirla).</translation>
    </message>
    <message>
        <source>already sent, paid</source>
        <translation>ya enviada, pagada</translation>
    </message>
    <message>
        <source>PoYo could not make this video.</source>
        <translation>PoYo no pudo hacer este vídeo.</translation>
    </message>
    <message>
        <source>{message} It was not made again by itself, because the app now uses your PoYo account (a new task is charged): press Retry to make it again here.</source>
        <translation>{message} No se volvió a hacer por sí solo porque la app ahora usa tu cuenta de PoYo (una tarea nueva se cobra): pulsa Reintentar para volver a hacerlo aquí.</translation>
    </message>
    <message>
        <source>{message} It was not made again by itself, because the app now uses demo mode: press Retry to make it again here.</source>
        <translation>{message} No se volvió a hacer por sí solo porque la app ahora usa el modo demo: pulsa Reintentar para volver a hacerlo aquí.</translation>
    </message>
    <message>
        <source>only in demo mode</source>
        <translation>solo en modo demo</translation>
    </message>
    <message>
        <source>needs your API key</source>
        <translation>necesita tu clave API</translation>
    </message>
</context>
<context>
    <name>TaskListView</name>
    <message>
        <source>Enter plays the video, Space pauses it, Delete removes it, Shift+F10 opens its menu.</source>
        <translation>Intro reproduce el vídeo, Espacio lo pausa, Supr lo quita y Mayús+F10 abre su menú.</translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation>Aún no hay vídeos</translation>
    </message>
    <message>
        <source>Pick a photo, describe what should happen, and your videos appear here.</source>
        <translation>Elige una foto, describe lo que debe pasar y tus vídeos aparecerán aquí.</translation>
    </message>
    <message>
        <source>No videos match</source>
        <translation>Ningún vídeo coincide</translation>
    </message>
    <message>
        <source>Try other words, or clear the filter.</source>
        <translation>Prueba otras palabras o borra el filtro.</translation>
    </message>
    <message>
        <source>Your videos</source>
        <translation>Tus vídeos</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Tell you when a new version of {app} is out? It looks once a week. &lt;a href=&apos;yes&apos;&gt;Yes&lt;/a&gt; · &lt;a href=&apos;no&apos;&gt;No&lt;/a&gt;</source>
        <translation>¿Avisarte cuando salga una nueva versión de {app}? Mira una vez por semana. &lt;a href=&apos;yes&apos;&gt;Sí&lt;/a&gt; · &lt;a href=&apos;no&apos;&gt;No&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{app} {version} is out: &lt;a href=&apos;{url}&apos;&gt;see what is new&lt;/a&gt;</source>
        <translation>Ya está {app} {version}: &lt;a href=&apos;{url}&apos;&gt;mira las novedades&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>UploadImage</name>
    <message>
        <source>{subject} could not be prepared for upload: {reason}.</source>
        <extracomment>Formats that lose nothing: a picture in one is tried as PNG first when re-encoded.</extracomment>
        <translation>{subject} no se pudo preparar para subirla: {reason}.</translation>
    </message>
    <message>
        <source>{subject} could not be prepared for upload: a disk error.</source>
        <translation>{subject} no se pudo preparar para subirla: un error del disco.</translation>
    </message>
    <message>
        <source>{subject} could not be made smaller than {limit}.</source>
        <translation>{subject} no se pudo reducir por debajo de {limit}.</translation>
    </message>
</context>
<context>
    <name>VideoPreview</name>
    <message>
        <source>Video preview</source>
        <translation>Vista previa del vídeo</translation>
    </message>
    <message>
        <source>Your videos appear here.</source>
        <translation>Tus vídeos aparecen aquí.</translation>
    </message>
    <message>
        <source>Choose a photo, write a sentence, press Generate.</source>
        <translation>Elige una foto, escribe una frase, pulsa Generar.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted.</source>
        <translation>Puede que se haya movido, renombrado o borrado.</translation>
    </message>
    <message>
        <source>Stopped. Press Play to watch again.</source>
        <translation>Detenido. Pulsa Reproducir para verlo de nuevo.</translation>
    </message>
    <message>
        <source>The video file is missing.</source>
        <translation>Falta el archivo de vídeo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save video as</source>
        <translation>Guardar vídeo como</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Could not save the video: {reason}</source>
        <translation>No se pudo guardar el vídeo: {reason}</translation>
    </message>
    <message>
        <source>This video can&apos;t be played. The file may be damaged or incomplete.</source>
        <translation>Este vídeo no se puede reproducir. Puede que el archivo esté dañado o incompleto.</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>Guardado «{name}»</translation>
    </message>
    <message>
        <source>No program on this computer could open the video.</source>
        <translation>Ningún programa de este ordenador pudo abrir el vídeo.</translation>
    </message>
    <message>
        <source>Could not open the folder.</source>
        <translation>No se pudo abrir la carpeta.</translation>
    </message>
    <message>
        <source>Space plays and pauses, Left and Right jump a second, comma and period step a frame.</source>
        <extracomment>The preview&apos;s accessible description: what its keys do.</extracomment>
        <translation>Espacio reproduce y pausa, Izquierda y Derecha saltan un segundo, coma y punto avanzan un fotograma.</translation>
    </message>
</context>
<context>
    <name>VideoReader</name>
    <message>
        <source>The video took too long to open.</source>
        <translation>El vídeo tardó demasiado en abrirse.</translation>
    </message>
    <message>
        <source>The video has no length: the file may be incomplete.</source>
        <translation>El vídeo no tiene duración: puede que el archivo esté incompleto.</translation>
    </message>
    <message>
        <source>No picture could be read from the video.</source>
        <translation>No se pudo leer ninguna imagen del vídeo.</translation>
    </message>
    <message>
        <source>No picture could be read at that moment of the video.</source>
        <translation>No se pudo leer ninguna imagen en ese momento del vídeo.</translation>
    </message>
    <message>
        <source>Reading the video took too long.</source>
        <translation>Leer el vídeo tardó demasiado.</translation>
    </message>
    <message>
        <source>This file is not a video the app can read.</source>
        <translation>Este archivo no es un vídeo que la aplicación pueda leer.</translation>
    </message>
    <message>
        <source>The video could not be read: the file may be damaged or incomplete.</source>
        <translation>No se pudo leer el vídeo: puede que el archivo esté dañado o incompleto.</translation>
    </message>
</context>
<context>
    <name>VideoWriter</name>
    <message>
        <source>The new video could not be written: the encoder stopped.</source>
        <translation>No se pudo escribir el vídeo nuevo: el codificador se detuvo.</translation>
    </message>
    <message>
        <source>The new video took too long to write.</source>
        <translation>Escribir el vídeo nuevo tardó demasiado.</translation>
    </message>
    <message>
        <source>The encoder stopped taking pictures.</source>
        <translation>El codificador dejó de aceptar imágenes.</translation>
    </message>
    <message>
        <source>The new video could not be written: {reason}.</source>
        <translation>No se pudo escribir el vídeo nuevo: {reason}.</translation>
    </message>
    <message>
        <source>The new video could not be written: the encoder failed.</source>
        <translation>No se pudo escribir el vídeo nuevo: falló el codificador.</translation>
    </message>
</context>
</TS>
