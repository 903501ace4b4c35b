<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
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
            <source>Change this task's prompt, length or model before it is sent (free)</source>
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
        <name>BalanceCheck</name>
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
        <name>BatchPanel</name>
        <message>
            <source>Add pictures…</source>
            <extracomment>Pictures were dropped on the panel or chosen with "Add pictures…" (list of Path). "Clear batch": back to the one-picture form.</extracomment>
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
        <message>
            <source>Include them</source>
            <translation>Incluirlas</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Omitirlas</translation>
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
        <name>EditDialog</name>
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
            <source>Model</source>
            <translation>Modelo</translation>
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
            <source>It can no longer change.</source>
            <translation>Ya no se puede cambiar.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
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
        <name>FirstRun</name>
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
            <source>The result</source>
            <extracomment>The person chose: a :class:`FixPlan` to carry out on the whole picture.</extracomment>
            <translation>El resultado</translation>
        </message>
        <message>
            <source>Use this picture</source>
            <translation>Usar esta imagen</translation>
        </message>
    </context>
    <context>
        <name>FormBatches</name>
        <message>
            <source>Review the batch…</source>
            <extracomment>The batch form's modules, imported when the first batch comes.</extracomment>
            <translation>Revisar el lote…</translation>
        </message>
        <message numerus="yes">
            <source>Review %Ln video(s)…</source>
            <translation>
                <numerusform>Revisar %Ln vídeo…</numerusform>
                <numerusform>Revisar %Ln vídeos…</numerusform>
            </translation>
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
        <name>FrameView</name>
        <message>
            <source>Crop frame</source>
            <extracomment>The frame moved or was resized (read it with :meth:`frame`).</extracomment>
            <translation>Recorte</translation>
        </message>
        <message>
            <source>The picture as it will be sent.</source>
            <translation>La imagen tal como se enviará.</translation>
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
    </context>
    <context>
        <name>LedgerDialog</name>
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
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
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
        <name>PresetsManage</name>
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
            <source>Delete Preset</source>
            <translation>Eliminar plantilla</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
    </context>
    <context>
        <name>PresetsMenu</name>
        <message>
            <source>Keep the form as it is now, by a name</source>
            <translation>Guardar el formulario tal como está, con un nombre</translation>
        </message>
    </context>
    <context>
        <name>PresetsSaveDialog</name>
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
            <source>Review the batch</source>
            <extracomment>The person confirmed: record and send every video. Emitted once.</extracomment>
            <translation>Revisar el lote</translation>
        </message>
        <message>
            <source>Videos to make</source>
            <translation>Vídeos por hacer</translation>
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
            <source>No key yet? Create one on &lt;a href='https://poyo.ai'&gt;poyo.ai&lt;/a&gt;. Without a key the app runs in demo mode.</source>
            <translation>¿Aún no tienes clave? Crea una en &lt;a href='https://poyo.ai'&gt;poyo.ai&lt;/a&gt;. Sin clave, la aplicación funciona en modo demo.</translation>
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
            <source>When this is off, where a photo was taken and the camera's make, model and serial number are removed before the photo is uploaded.</source>
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
    </context>
    <context>
        <name>SlotView</name>
        <message>
            <source>Drop a photo here, or Browse… / Paste</source>
            <translation>Suelta una foto aquí, o Examinar… / Pegar</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Examinar…</translation>
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
            <source>Use the picture or image file you copied (Ctrl+V)</source>
            <translation>Usar la imagen o el archivo de imagen que copiaste (Ctrl+V)</translation>
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
    </context>
    <context>
        <name>StatusLine</name>
        <message>
            <source>Demo mode — simulated videos</source>
            <translation>Modo demo — vídeos simulados</translation>
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
</TS>