# Interfaz de Cairn en español (España): traducción del catálogo de referencia en inglés, con los mismos identificadores.

## shared

unsubscribe = Cancelar suscripción
blocked = Bloqueado
resources = { $count ->
    [one] recurso
   *[other] recursos
}
upcoming-events-2 = Próximos eventos
online = En línea
events = Eventos
publish-an-event = Publicar un evento
you-take-part = Usted participa.
saved = Guardado.
remove-from-the-group = Retirar del grupo
knowledge-repository = Repositorio de conocimiento
publish-a-resource = Publicar un recurso
overview = Vista general
remove-it = Eliminar
name = Nombre
description = Descripción
yes = sí
no = no
feed = Novedades
home = Inicio
knowledge = Conocimiento
groups = Grupos
directory = Directorio
explore = Explorar
dashboard = Panel
notifications = Notificaciones
reports = Denuncias
admin = Administración
log-in = Iniciar sesión
register = Registrarse
report = Denunciar
sectors = Sectores
country = País
expertise = Especialidades
from = Procedente de
pages = Páginas
from-inline = de
sector = Sector
all-sectors = Todos los sectores
filter = Filtrar
when = Cuándo
nobody-yet = Todavía nadie.
accept = Aceptar
reject = Rechazar
title = Título
address = Dirección
status = Estado
topics = Temas
language = Idioma
save = Guardar
search = Buscar
kind = Tipo
city = Ciudad
audit-log = Registro de auditoría
rule = Regla
block = Bloquear
blocks-and-mutes = Bloqueos y silenciamientos
resources-2 = Recursos
actions = Acciones
timelines = Cronologías
no-groups-yet = Todavía no hay grupos.
find-people = Buscar personas
remove = Eliminar
role = Rol
move-the-group = Trasladar el grupo
this-group-has-moved-to = Este grupo se ha trasladado a

## admin

the-nodes-identity-is-saved = Se ha guardado la identidad del nodo.
the-nodes-rules-are-published = Se han publicado las reglas del nodo.
rule-removed = Regla eliminada.
account-approved = Cuenta aprobada.
unsubscribe-from-this-node = ¿Cancelar la suscripción a este nodo?
this-node-stops-gathering-its-work = Este nodo deja de recopilar su trabajo; lo ya recopilado se conserva hasta que se actualice.
## auth

an-administrator-approves-new-accounts-before = Un administrador aprueba las cuentas nuevas antes de que puedan iniciar sesión.
this-node-does-not-take-new = Este nodo no admite nuevos registros.
welcome-tell-colleagues-who-you-are = ¡Le damos la bienvenida! Cuente a sus colegas quién es usted.
thank-you-an-administrator-will-approve = Gracias. Un administrador aprobará su cuenta en breve.
you-are-logged-out = Ha cerrado la sesión.
nodes-sharing = { $count ->
    [one] nodo que comparte
   *[other] nodos que comparten
}
people = { $count ->
    [one] persona
   *[other] personas
}
upcoming-events = { $count ->
    [one] próximo evento
   *[other] próximos eventos
}

## blocks

unblocked = Ya no está bloqueado.
unmuted = Ya no está silenciado.
blocked-follows-between-you-ended = Bloqueado. Se han cancelado los seguimientos mutuos.
muted = Silenciado.

## events

past-events = Eventos pasados
upcoming = Próximos
past = Pasados
month = Mes
saved-participants-and-followers-are-told = Guardado. Se ha avisado a los participantes y a los seguidores.
published-it-appears-in-your-followers = Publicado. Aparece en los calendarios de sus seguidores.
edit-event = Editar evento
your-request-to-join-is-sent = Se ha enviado su solicitud de participación.
you-no-longer-take-part = Ya no participa.
tentative = Provisional
cancelled = Cancelado
calendar-views = Vistas del calendario
online-only = Solo en línea
subscribe-to-this-calendar-ical = Suscribirse a este calendario (iCal)
no-events-here-yet-follow-more = Todavía no hay eventos. Siga a más ciudades para ver los suyos, o publique uno.
this-event-will-not-take-place = este evento no se celebrará.
the-events-picture = Imagen del evento
where = Dónde
the-link-is-shown-to-participants = El enlace se muestra a los participantes una vez inscritos.
the-organisers-node-sends-the-link = El nodo del organizador envía el enlace a los participantes; todavía no ha llegado aquí.
organiser = Organizador
participants = Participantes
you-asked-to-join-the-organiser = Ha solicitado participar; el organizador decide.
your-request-was-not-accepted = Su solicitud no ha sido aceptada.
leave = Darse de baja
take-part = Participar
log-in-to-take-part = Inicie sesión para participar
add-to-my-calendar-ics = Añadir a mi calendario (.ics)
edit-or-cancel = Editar o cancelar
markdown = Markdown.
banner-picture = Imagen de portada
what-the-banner-shows-alt-text = Qué muestra la imagen de portada (texto alternativo)
starts = Inicio
local-time-where-the-event-happens = Hora local del lugar donde se celebra el evento.
ends = Fin
time-zone = Zona horaria
for-example-europe-paris = Por ejemplo, Europe/Madrid
webinar-link = Enlace al seminario web
places-2 = Plazas
leave-empty-for-no-limit = Déjelo vacío si no hay límite.
taking-part-2 = Participación
anyone-can-join = Cualquiera puede participar
the-organiser-approves-each = El organizador aprueba a cada participante
by-invitation = Por invitación
registration-elsewhere = Inscripción en otro sitio
confirmed = Confirmado
separate-with-commas = Separe con comas

## follows

you-follow-them-now = Ya sigue esta cuenta.
follow-request-sent = Solicitud de seguimiento enviada.
you-no-longer-follow-them = Ha dejado de seguir esta cuenta.
request-accepted = Solicitud aceptada.
request-rejected = Solicitud rechazada.

## groups

group-saved = Grupo guardado.
group-created = Grupo creado.
the-groups-earlier-names-are-saved = Se han guardado los nombres anteriores del grupo.
the-members-are-moving-to-the = Los miembros se están trasladando al nuevo grupo.
welcome-to-the-group = Le damos la bienvenida al grupo.
request-sent-a-moderator-will-answer = Solicitud enviada: un moderador le responderá.
you-left-the-group = Ha abandonado el grupo.
posted-to-the-group = Publicado en el grupo.
accepted = Aceptado.
refused = Rechazado.
remove-this-member-from-the-group = ¿Retirar a este miembro del grupo?
they-stop-receiving-the-groups-posts = Dejará de recibir las publicaciones del grupo, y se avisará a los seguidores del grupo.

## knowledge

published-your-followers-and-the-citys = Publicado. Lo verán sus seguidores y los de la ciudad.
edit-resource = Editar recurso
saved-the-change-goes-out-to = Guardado. El cambio se envía a todos los que lo tienen.
delete-this-resource = ¿Eliminar este recurso?
delete-it = Eliminarlo
deleted-the-deletion-goes-out-to = Eliminado. La eliminación se envía a todos los que lo tenían.
comment-posted = Comentario publicado.
illustrative-demo-data = Datos ilustrativos de demostración
search-case-studies-methods-videos = Buscar estudios de caso, métodos, vídeos…
filters = Filtros
sort-by = ordenar por
relevance = relevancia
newest = más recientes
atom-feed-of-this-search = Canal Atom de esta búsqueda
this-page-is-past-the-last = Esta página está más allá del último resultado.
back-to-the-first-page = Volver a la primera página
this-node-holds-no-resources-yet = Este nodo todavía no contiene recursos.
publish-the-first-one = Publique el primero
or-follow-other-cities-to-gather = o siga a otras ciudades para recopilar su trabajo.
did-you-mean = Quizás quisiste decir:
search-syntax-hint = «Comillas» para una frase, OR para una u otra palabra, -palabra para excluir una, palabra* para las palabras que empiezan así.
nothing-matches-try-fewer-words-or = No hay resultados. Pruebe con menos palabras o filtros, o siga a más ciudades para ampliar el repositorio.
previous = Anterior
page = Página
next = Siguiente
illustrative-demo-data-not-a-real = Datos ilustrativos de demostración: no son resultados de una ciudad real
by = Por
published-on = publicado en
on-the-transition-map-and-in = En el Mapa de la transición y en Explorar
attachments = Archivos adjuntos
edit = Editar
delete = Eliminar
comments = Comentarios
add-a-comment = Añadir un comentario
comment = Comentar
log-in-to-comment = Inicie sesión para comentar
preview = Vista previa
summary = Resumen
plain-text-a-few-sentences-mastodon = Texto sin formato, unas pocas frases: Mastodon lo muestra junto al título.
body-2 = Texto
markdown-bold-italic-links-https-lists = Markdown: **negrita**, _cursiva_, [enlaces](https://…), listas.
transition-map-phases = Fases del Mapa de la transición
transition-map-steps-it-helps-with = Pasos del Mapa de la transición a los que contribuye
explore-tool-types-it-is-an = Tipos de herramienta de Explorar de los que es un ejemplo
separate-with-commas-e-g-citizen = Separe con comas, p. ej.: participación ciudadana, bombas de calor
licence = Licencia
for-example-cc-by-4-0 = Por ejemplo, CC BY 4.0
started-year = Inicio (año)
ended-year = Fin (año)
emissions-avoided-tco2e-per-year = Emisiones evitadas (tCO2e al año)
only-figures-you-can-stand-behind = Solo cifras que usted pueda respaldar.
investment-eur = Inversión (EUR)
people-reached = Personas alcanzadas
add-files = Añadir archivos
a-few-at-a-time-pdf = Pocos cada vez: PDF, documentos ofimáticos, CSV, texto o imágenes (JPEG, PNG, WebP, GIF; se eliminan sus datos de ubicación). Una vez enviados, aparecen más abajo en Archivos adjuntos, con Vista previa o Publicar.
what-the-files-show-alt-text = Qué muestran los archivos (texto alternativo)
for-people-who-cannot-see-them = Para las personas que no pueden verlos; puede dar a cada uno su propio título en Archivos adjuntos.
one-per-line-address-title-media = Uno por línea: dirección | título | tipo de medio
publishing-organisation = Organización editora
publish = Publicar

## moderation

thank-you-the-moderators-here-will = Gracias. Los moderadores de este nodo lo revisarán.
a-person-here = una persona de este nodo
a-person-here-whose-account-is = una persona de este nodo cuya cuenta ya no existe
removed-the-report-is-closed-and = Eliminado. La denuncia se cierra y se avisa a quien la presentó.
dismissed-the-report-is-closed-and = Desestimada. La denuncia se cierra y se avisa a quien la presentó.
warned-the-account-is-told-and = Advertencia enviada. Se avisa a la cuenta y también a quien presentó la denuncia.
limited-the-account-is-left-out = Limitada. La cuenta queda fuera de las cronologías públicas, la búsqueda y las listas; sus seguidores siguen viéndola.
suspended-nothing-more-is-taken-from = Suspendida. Ya no se recibe nada de esa cuenta, y lo que tenía aquí se ha eliminado.
report-to-the-moderators = Denunciar a los moderadores
why-do-you-report-it = ¿Por qué lo denuncia?
which-rule-does-it-break = ¿Qué regla incumple?
only-when-the-reason-is-one = Solo si el motivo es una de las reglas de este nodo.
none = Ninguna
what-should-the-moderators-know = ¿Qué deben saber los moderadores?
optional-up-to-1000-characters-moderators = Opcional, hasta 1000 caracteres. Lo leen los moderadores, y también los del otro servidor si usted se lo envía.
also-send-the-report-to-the = Enviar también la denuncia a los moderadores de
it-goes-in-this-nodes-name = Se envía en nombre de este nodo junto con su comentario: su nombre no se envía.
send-the-report = Enviar la denuncia
reports-by-state = Denuncias por estado
open = Abiertas
removed = Contenido eliminado
warned = Con advertencia
limited = Cuenta limitada
suspended = Cuenta suspendida
dismissed = Desestimadas
no-reports-here = No hay denuncias aquí.
no-longer-here = ya no está aquí
account = Cuenta
reported-by = Denuncia presentada por
none-about-this-account = Ninguna sobre esta cuenta.
note-for-the-audit-log = Nota para el registro de auditoría
warn-the-account = Advertir a la cuenta
limit-the-account = Limitar la cuenta
suspend-the-account = Suspender la cuenta
dismiss = Desestimar
every-moderation-and-administration-action-as = Todas las acciones de moderación y administración, tal como se realizaron. Aquí nadie puede modificarlas.
action = Acción
any = Cualquiera
done-by-username = Realizada por (nombre de usuario)
show = Mostrar
nothing-recorded-yet = Todavía no hay nada registrado.
who = Quién
target = Objeto
note = Nota
unmute = Dejar de silenciar
mute = Silenciar
unblock = Desbloquear
nobody = Nadie.
a-blocked-account-cannot-follow-you = Una cuenta bloqueada no puede seguirle, mencionarle, responder a lo que usted publica ni participar en sus eventos; se cancelan los seguimientos mutuos y se avisa a su servidor. Una cuenta silenciada simplemente desaparece de sus novedades y notificaciones; no se avisa a nadie. En ambos casos puede tratarse de un dominio entero.
account-or-domain = Cuenta o dominio
name-city-example-the-address-of = @name@city.example, la dirección de una cuenta, o un dominio como city.example
what-to-do = Qué hacer
muted-2 = Silenciado

## profile

followers = Seguidores
following = Siguiendo
your-profile-is-saved = Se ha guardado su perfil.
your-other-accounts-are-saved = Se han guardado sus otras cuentas.
your-followers-are-moving-to-your = Sus seguidores se están trasladando a su nueva cuenta.
organisation = Organización
this-account-has-moved-to = Esta cuenta se ha trasladado a
this-profile-lives-on = Este perfil está alojado en
edit-your-profile = Editar su perfil
follow-requests = Solicitudes de seguimiento
no-requests-are-waiting = No hay solicitudes pendientes.
choose-whether-you-approve-followers = Elija si aprueba a sus seguidores
edit-profile = Editar perfil
display-name = Nombre para mostrar
job-title = Cargo
where-you-work-e-g-city = Dónde trabaja, p. ej.: Ayuntamiento de Gante, equipo de clima
separate-topics-with-commas-e-g = Separe los temas con comas, p. ej.: calefacción urbana, ciclismo
about-you = Sobre usted
your-picture = Su imagen
or-the-address-of-a-picture = O la dirección de una imagen alojada en otro sitio
header-picture-across-the-top-of = Imagen de cabecera, en la parte superior de su página
or-the-address-of-a-header = O la dirección de una imagen de cabecera alojada en otro sitio
approve-each-new-follower-myself = Aprobar personalmente a cada nuevo seguidor
your-api-tokens = Sus tokens de API
move-your-account = Trasladar su cuenta
coming-here-from-another-group = Procedente de otro grupo
coming-here-from-another-account = Procedente de otra cuenta
name-the-group-this-one-takes = Indique el grupo al que este sustituye y, después, trasládelo desde allí: sus miembros, moderadores y debates pasarán aquí.
name-the-account-you-had-before = Indique la cuenta que tenía antes y, después, trasládela desde allí: sus seguidores pasarán a seguirle aquí.
the-groups-this-one-was-before = Grupos de los que procede este grupo
handles-like-heat-network-example-separated = Identificadores como @heat@network.example, separados por comas
your-other-accounts = Sus otras cuentas
handles-like-anna-lyon-example-separated = Identificadores como @anna@lyon.example, separados por comas
your-data = Sus datos
download-your-data = Descargar sus datos
your-resources-events-public-posts-profile = : sus recursos, eventos, publicaciones públicas, perfil y seguimientos, para importarlos en su nuevo nodo.
import-data-from-another-node = Importar datos de otro nodo
moving-this-group-away = Trasladar este grupo a otro nodo
moving-this-account-away = Trasladar esta cuenta a otro nodo
first-create-the-new-group-on = Primero cree el nuevo grupo en el otro nodo e indique allí este grupo. Los miembros de aquí y de otros servidores se unirán al nuevo grupo, cuyo nodo asume los moderadores y los debates; este grupo remitirá a él.
the-new-group = El nuevo grupo
a-handle-like-heat-gent-example = Un identificador como @heat@gent.example
move-the-members-to-it = Trasladar a los miembros
first-name-this-account-on-the = Primero indique esta cuenta en la nueva. Sus seguidores, aquí y en otros servidores, seguirán a la nueva cuenta; esta remitirá a ella.
your-new-account = Su nueva cuenta
a-handle-like-anna-gent-example = Un identificador como @anna@gent.example
move-my-followers-to-it = Trasladar a mis seguidores
import-your-data = Importar sus datos
not-imported = No importado
publish-here-as-this-account-the = Publique aquí, con esta cuenta, los recursos, eventos y publicaciones públicas de un archivo descargado de otro nodo, y vuelva a seguir a quienes seguía esa cuenta. Los elementos que ya están aquí no se publican dos veces.
archive-file = Archivo
the-cairn-json-file-from-download = El archivo cairn-….json de «Descargar sus datos» en su antiguo nodo (como máximo 1 MiB)
import = Importar
api-tokens = Tokens de API
scripts-and-apps-act-as-you = Los scripts y las aplicaciones actúan en su nombre mediante un token. Revoque los que ya no utilice o que puedan haberse filtrado.
your-new-token-copy-it-now = Su nuevo token. Cópielo ahora: no se volverá a mostrar.
you-have-no-api-tokens = No tiene tokens de API.
created = Creado
last-used = Último uso
expires = Caduca
revoke = Revocar
new-token = Nuevo token
what-is-it-for = ¿Para qué es?
expires-after-days = Caduca al cabo de (días)
leave-empty-for-a-token-that = Déjelo vacío para un token válido hasta que lo revoque
make-a-token = Crear un token

## social

reply-posted = Respuesta publicada.
posted = Publicado.
remove-this-post = ¿Eliminar esta publicación?
it-disappears-here-and-the-servers = Desaparece de aquí, y se pide a los servidores que la recibieron que la eliminen.
post-removed = Publicación eliminada.
in-inline = en
replying-to = En respuesta a
a-post = una publicación
markdown-mention-people-as-name-host = Markdown; mencione a personas como @nombre@servidor y etiquete temas con #palabra.
post = Publicar
what-are-you-working-on = ¿En qué está trabajando?
nothing-here-yet = Todavía no hay nada aquí.
find-colleagues-and-groups-to-follow = Buscar colegas y grupos a los que seguir
no-resource-is-filed-under-this = No hay ningún recurso clasificado con esta etiqueta.
all-resources-with-this-tag = Todos los recursos con esta etiqueta
posts-2 = Publicaciones
no-public-post-uses-this-tag = Ninguna publicación pública usa todavía esta etiqueta.
post-by = Publicación de
replies = Respuestas
reply = Responder
create-a-group = Crear un grupo
search-groups = Buscar grupos
start-one = Cree uno
edit-the-group = Editar el grupo
handle = Identificador
lowercase-letters-digits-and-the-groups = Letras minúsculas, cifras y _; la dirección del grupo es @identificador@este-nodo.
the-groups-picture = Imagen del grupo
separated-by-commas = Separados por comas.
who-can-join = Quién puede unirse
who-can-read-the-discussions = Quién puede leer los debates
create-the-group = Crear el grupo
discussions-for-members-only = Debates solo para miembros
public-discussions = Debates públicos
this-group-lives-on = Este grupo está alojado en
leave-the-group = Abandonar el grupo
your-request-to-join-waits-for = Su solicitud para unirse está pendiente de un moderador.
withdraw-the-request = Retirar la solicitud
join = Unirse
ask-to-join = Solicitar unirse
log-in-to-join = Inicie sesión para unirse
waiting-to-join = Pendientes de unirse
nobody-is-waiting = No hay nadie pendiente.
refuse = Rechazar
invite-someone-name-host = Invitar a alguien (@nombre@servidor)
invite = Invitar
discussions = Debates
start-a-discussion = Iniciar un debate
discussions-are-for-members-only = Los debates son solo para miembros.
no-discussions-yet = Todavía no hay debates.
members-2 = Miembros
set-role = Asignar rol
people-cities-and-groups-here-and = Personas, ciudades y grupos, aquí y en los nodos que este conoce.
look-someone-up-by-handle = Buscar a alguien por su identificador
nobody-matches-try-fewer-filters-or = No hay coincidencias. Pruebe con menos filtros o busque a alguien por su identificador en
view-and-join = Ver y unirse
nothing-new = Nada nuevo.
see = ver

## transition

saved-and-published-to-the-citys = Guardado y publicado para los seguidores de la ciudad.
the-climate-transition-map-as-a = El Mapa de la transición climática como recorrido
evidence = Evidencias
updated = actualizado
templates-for-this-phase = Plantillas para esta fase
transition-map = Mapa de la transición
climate-transition-map = Mapa de la transición climática
six-phases-from-a-political-mandate = Seis fases, desde un mandato político hasta una nueva normalidad. Cada paso enlaza con lo que las ciudades han publicado al respecto, aquí y en los nodos a los que sigue este.
transition-journey = Recorrido de transición
transition-journey-of = Recorrido de transición de
last-updated = Última actualización
steps-done-2 = Pasos completados
open-a-step-to-record-where = Abra un paso para registrar en qué punto se encuentra la ciudad.
other-cities-journeys = Recorridos de otras ciudades
guidance = Orientaciones
expected-outputs = Resultados esperados
where-the-city-stands = Situación de la ciudad
record-the-citys-progress = Registrar el avance de la ciudad
notes = Notas
links-to-resources-that-show-the = Enlaces a recursos que muestran el trabajo, uno por línea.
save-and-publish = Guardar y publicar
resources-for-this-step = Recursos para este paso
resources-filed-under-this-step-or = Recursos clasificados en este paso (o etiquetados con
share-your-citys-work-on-this = Comparta el trabajo de su ciudad sobre este paso
nothing-published-for-this-step-yet = Todavía no se ha publicado nada sobre este paso.
no-templates-for-this-phase-yet = Todavía no hay plantillas para esta fase.
all-templates-for-this-phase = Todas las plantillas de esta fase
explore-the-tools-cities-use = Explore las herramientas que utilizan las ciudades
no-tool-of-this-kind-for = No hay ninguna herramienta de este tipo para ese sector.
examples-from-the-repository = Ejemplos del repositorio
resources-filed-under-this-tool-type = Recursos clasificados en este tipo de herramienta (o etiquetados con
share-your-citys-work-with-this = Comparta el trabajo de su ciudad con esta herramienta
no-examples-yet = Todavía no hay ejemplos.
score = Puntuación
finances = Financiación
pros = Ventajas
cons = Inconvenientes
related-programmes = Programas relacionados
why-this-score = Por qué esta puntuación
financial-guidance = Orientación financiera
pick-the-sectors-of-your-project = Elija los sectores de su proyecto y responda a cinco preguntas: Cairn clasifica las formas en que las ciudades financian este tipo de proyectos y explica cada puntuación. Se trata de orientación general, no de asesoramiento para un caso concreto.
sectors-of-the-project = Sectores del proyecto
rank-financing-options = Clasificar las opciones de financiación
financing-options-best-match-first = Opciones de financiación, de mayor a menor adecuación
share-these-results = Compartir estos resultados
link-to-this-assessment = enlace a esta evaluación

## api_docs

in = Ubicación
type = Tipo
required = Obligatorio
api = API
the-json-api = La API JSON
everything-a-person-does-on-these = Todo lo que una persona hace en estas páginas puede hacerlo un script en{" "}
get-a-token-with-post-auth = Obtenga un token con POST /auth/token y envíelo como Authorization: Bearer …. Los errores son JSON:{" "}
with-every-field-at-fault-in = , con cada campo erróneo en errors.
the-openapi-3-1-description = La descripción OpenAPI 3.1
for-code-generators-and-testing-tools = {" "}(para generadores de código y herramientas de pruebas).
api-sections = Secciones de la API
token = token
body = Cuerpo:{" "}
types = Tipos

## components

skip-to-main-content = Ir al contenido principal
main = Principal
menu = Menú
powered-by-cairn-a-federated-knowledge = Con la tecnología de Cairn, un procomún de conocimiento federado para ciudades climáticamente neutras.
map = Mapa
finance = Financiación
my-profile = Mi perfil
requests = Solicitudes
log-out = Cerrar sesión
cancel = Cancelar
please-check-the-form = Revise el formulario
not-set = Sin especificar
any-country = Cualquier país
log-in-to-follow = Inicie sesión para seguir
follow = Seguir
follow-request-sent-2 = Solicitud de seguimiento enviada
withdraw-request = Retirar solicitud
unfollow = Dejar de seguir
older = Anteriores
jpeg-png-webp-or-gif-its = JPEG, PNG, WebP o GIF; se eliminan sus datos de ubicación.
remove-this-picture = Eliminar esta imagen
the-picture-you-sent-is-kept = Se conserva la imagen que envió; elija otra para sustituirla.

## network

delivery-by-server = Entregas por servidor
nothing-is-waiting-for-any-server = No hay nada pendiente para ningún servidor.
server = Servidor
waiting = En espera
sending = Enviando
last-success = Último envío correcto
last-error = Último error
next-try = Próximo intento
dropped = Descartadas
now = ahora
node-directory = Directorio de nodos
nodes-and-relays-this-node-subscribes = Nodos y relés a los que está suscrito este nodo: todo lo público que publican se recopila aquí, y su historial se recupera desde su bandeja de salida.
no-subscriptions-yet = Todavía no hay suscripciones.
node = Nodo
state = Estado
backfill = Recuperación del historial
last-contact = Último contacto
reachable = Accesible
subscribe-to-a-node-or-relay = Suscribirse a un nodo o relé
subscribe = Suscribirse
resources-by-year-stacked-by-sector = Recursos por año, apilados por sector
network-dashboard = Panel de la red
everything-this-node-holds-its-own = Todo lo que contiene este nodo: su propio trabajo y lo que recopila de los nodos a los que sigue y a los que está suscrito. Las cifras de impacto son las que comunicaron sus autores; un recurso con varios sectores cuenta en cada uno de ellos.
leave-out-illustrative-demo-data = Excluir los datos ilustrativos de demostración
illustrative-demo-data-is-left-out = Se excluyen los datos ilustrativos de demostración.
count-it-too = Incluirlos también
avoided = evitadas
invested = invertidos
nothing-gathered-yet = Todavía no se ha recopilado nada.
by-sector = Por sector
resources-by-sector = Recursos por sector
reported-reductions-by-sector = Reducciones comunicadas por sector
reported-investment-by-sector = Inversión comunicada por sector
by-country = Por país
resources-by-country = Recursos por país
reported-reductions-by-country = Reducciones comunicadas por país
reported-investment-by-country = Inversión comunicada por país
over-time = Evolución en el tiempo
cities-on-the-transition-map = Ciudades en el Mapa de la transición
no-city-has-shared-its-journey = Ninguna ciudad ha compartido todavía su recorrido con este nodo.
none-planned = No hay ninguno previsto.

## pages

contact = Contacto
join-this-node = Unirse a este nodo
or-log-in = o iniciar sesión
search-the-knowledge-repository = Buscar en el repositorio de conocimiento
e-g-district-heating = p. ej., calefacción urbana
this-network-in-figures = Esta red en cifras
latest-case-studies = Últimos estudios de caso
no-case-studies-yet = Todavía no hay estudios de caso.
share-your-citys-work = Comparta el trabajo de su ciudad
all-case-studies = Todos los estudios de caso
no-events-planned = No hay eventos previstos.
the-calendar = El calendario
all-groups = Todos los grupos
our-transition = Nuestra transición
follow-the-journey = Seguir el recorrido
the-transition-map = El Mapa de la transición
the-dashboard = El panel
the-organisation = La organización
people-on-this-node = Personas en este nodo
nobody-has-joined-yet = Todavía no se ha unido nadie.
be-the-first = Sea la primera persona.
the-directory = El directorio
username = Nombre de usuario
password = Contraseña
no-account-yet = ¿Aún no tiene cuenta?
create-an-account = Crear una cuenta
the-rules-of-this-node = Las reglas de este nodo
by-creating-an-account-you-agree = Al crear una cuenta, usted las acepta.
lowercase-letters-digits-and-it-becomes = Letras minúsculas, cifras y _; será su identificador.
email = Correo electrónico
at-least-10-characters-mix-letters = Al menos 10 caracteres; combine letras con cifras o símbolos.
create-account = Crear cuenta
find-a-colleague-or-a-city = Buscar a un colega o una ciudad
handle-or-address = Identificador o dirección
for-example-anna-lyon-example-or = Por ejemplo, @anna@lyon.example o https://lyon.example/users/anna
look-up = Buscar
found = Encontrado
administration = Administración
node-identity = Identidad del nodo
how-this-node-presents-itself-the = Cómo se presenta este nodo: el nombre sustituye a «Cairn» en todas las páginas, y los seguidores de la organización en otros servidores ven el cambio.
logo-address = Dirección del logotipo
an-https-address-of-a-picture = Una dirección https:// de una imagen
an-e-mail-address-or-an = Una dirección de correo electrónico o una página https:// donde se pueda contactar con su equipo
save-the-identity = Guardar la identidad
node-rules = Reglas del nodo
what-everyone-here-agrees-to-shown = Lo que acepta todo el mundo en este nodo: se muestra en el registro, en NodeInfo y en las aplicaciones de Mastodon. Una regla por línea.
rules = Reglas
publish-the-rules = Publicar las reglas
federation = Federación
deliveries-waiting = entregas pendientes
given-up = abandonadas
domain-rules = Reglas de dominio
blocked-in-the-configuration-file = Bloqueados en el archivo de configuración
allowed-in-the-configuration-file = Permitidos en el archivo de configuración
no-domain-rules-yet-this-node = Todavía no hay reglas de dominio: este nodo federa con todos.
domain = Dominio
block-refuse-its-activities-fetch-nothing = Bloquear: rechazar sus actividades, no obtener nada de él, no entregarle nada y eliminar lo que tenía aquí
limit-keep-it-out-of-public = Limitar: mantenerlo fuera de las cronologías públicas, la búsqueda y las listas; sus seguidores siguen viéndolo
allow-once-any-domain-is-allowed = Permitir: en cuanto se permite algún dominio, solo federan los dominios permitidos
add-rule = Añadir regla
financial-guidance-matrix = Matriz de orientación financiera
source = Fuente
financing-options-in-use = opciones de financiación en uso.
the-matrix-file-was-not-loaded = No se ha cargado el archivo de la matriz; se sigue usando la última matriz válida.
reload-the-matrix-file = Recargar el archivo de la matriz
accounts-waiting-for-approval = Cuentas pendientes de aprobación
none-2 = Ninguna.
approve = Aprobar
error = Error
something-is-not-right = Algo no va bien
back-to-the-home-page = Volver a la página de inicio
authorize-an-app = Autorizar una aplicación
authorize = Autorizar
this-app-asks-to-act-for = Esta aplicación solicita actuar en nombre de su cuenta con estos permisos:
username-or-email = Nombre de usuario o correo electrónico
deny = Denegar
authorization-code = Código de autorización
copy-this-code-into-the-app = Copie este código en la aplicación:

## labels chosen by code

followed-you = ha empezado a seguirle
asked-to-follow-you = ha solicitado seguirle
mentioned-you = le ha mencionado
replied-to-you = le ha respondido
asked-to-join-a-group-you = ha solicitado unirse a un grupo que usted modera
accepted-you-as-a-member = le ha aceptado como miembro
did-not-accept-your-request-to = no ha aceptado su solicitud para unirse
invited-you-to-join-a-group = le ha invitado a unirse a un grupo
removed-your-post-from-a-group = ha retirado su publicación de un grupo
changed-an-event-you-take-part = ha modificado un evento en el que usted participa
cancelled-an-event-you-take-part = ha cancelado un evento en el que usted participa
acted-on-what-you-reported-thank = ha tomado medidas sobre lo que usted denunció; gracias
looked-at-what-you-reported-and = ha revisado lo que usted denunció y lo ha dejado como estaba
warned-you-about-something-you-published = le ha advertido sobre algo que usted publicó; lea las reglas del nodo
did-something = ha realizado una acción
transition-map-phase = Fase del Mapa de la transición
year = Año
not-started = Sin empezar
in-progress-2 = En curso
done = Completado
moderators-approve-new-members = Los moderadores aprueban a los nuevos miembros
open-to-all = Abierto a todos
everyone = Todos
members-only = Solo miembros
people-2 = Personas
cities-and-organisations = Ciudades y organizaciones
group = Grupo
resource-2 = Recurso
event = Evento
content = Contenido
mon = Lun
tue = Mar
wed = Mié
thu = Jue
fri = Vie
sat = Sáb
sun = Dom
yes-2 = Sí
no-2 = No

## counts and names: messages with arguments

resource-count = { $count ->
    [one] { $count } recurso
   *[other] { $count } recursos
}
all-resource-count = { $count ->
    [one] El único recurso
   *[other] Los { $count } recursos
}
follower-count = { $count ->
    [one] { $count } seguidor
   *[other] { $count } seguidores
}
following-count = { $count } siguiendo
followers-known-here-count = { $count ->
    [one] { $count } seguidor conocido aquí
   *[other] { $count } seguidores conocidos aquí
}
member-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
steps-done-of-total = { $done } / { $total } pasos completados
steps-done-out-of = { $done } de { $total } pasos completados
steps-done-count = { $done ->
    [one] { $done } paso completado
   *[other] { $done } pasos completados
}
in-progress-count = { $count } en curso
map-steps-done = { $done } de { $total } pasos del Mapa de la transición completados
participant-count = { $count ->
    [one] { $count } participante
   *[other] { $count } participantes
}
places-taken-count = { $taken } / { $capacity } plazas ocupadas
capacity-places = { $count ->
    [one] ({ $count } plaza)
   *[other] ({ $count } plazas)
}
import-summary = Importado: { $resources } recursos, { $events } eventos, { $posts } publicaciones, { $follows } seguimientos.
import-already-here = { $count ->
    [one] { $count } elemento ya estaba aquí y no se ha vuelto a publicar.
   *[other] { $count } elementos ya estaban aquí y no se han vuelto a publicar.
}
earlier-reports-summary = Denuncias anteriores: { $account } sobre esta cuenta, { $domain-count } sobre { $domain }
finance-matrix-reloaded-options = Matriz de financiación recargada ({ $count } opciones)
rule-saved-for-domain = Regla guardada para { $domain }
subscribed-to-domain = Suscrito a { $domain }
unsubscribed-from-domain = Cancelada la suscripción a { $domain }
domain-blocked = { $domain } bloqueado
invited-person = Invitación enviada a { $handle }
comment-by-name = Comentario de { $name }
the-moderators-of-domain = Los moderadores de { $domain }
phase-number = Fase { $number }

## languages

interface-language = Idioma de la interfaz
change-language = Cambiar
language-as-the-browser-asks = Según mi navegador
node-default-language = Idioma predeterminado de la interfaz
node-default-language-hint = Para los visitantes cuyo navegador no solicita ninguno de los idiomas en los que se distribuye Cairn, y para la línea de comandos.
## units after figures

unit-thousand = mil
unit-million = M
unit-billion = mil M
unit-co2e-per-year = CO₂e/año

## labels chosen by code, later

this-node-timeline = Este nodo
everything-known-timeline = Todo lo conocido
removed-by = Contenido eliminado por { $moderator }, { $when }
account-warned-by = Cuenta advertida por { $moderator }, { $when }
account-limited-by = Cuenta limitada por { $moderator }, { $when }
account-suspended-by = Cuenta suspendida por { $moderator }, { $when }
dismissed-by = Desestimada por { $moderator }, { $when }
report-reason-spam = Spam o publicidad
report-reason-abuse = Acoso, odio o amenazas
report-reason-illegal = Contenido ilegal
report-reason-misleading = Información falsa o engañosa
report-reason-rule = Incumple una de las reglas de este nodo
report-reason-other = Otro motivo
phases = Fases
place = Lugar
period = Periodo
emissions-avoided = Emisiones evitadas
investment = Inversión
name-organisation-or-topic = Nombre, organización o tema
role-or-job-title = Rol o cargo
the-token-was-revoked = Se ha revocado el token.
thank-you-the-moderators-here-will-look-forwarded = Gracias. Los moderadores de este nodo lo revisarán, y la denuncia se ha enviado también a los del servidor del que procede el contenido.
it-disappears-from-this-node-resource = Desaparece de este nodo, y se pide a todos los nodos y servidores que tengan una copia que lo eliminen. No se puede deshacer.

## errors: what a form, the API or the command line answers

that-username-is-reserved = ese nombre de usuario está reservado
enter-an-email-address-like-name-city = introduzca una dirección de correo electrónico como name@city.example
name-the-token-in-at-most-100 = dé al token un nombre de 100 caracteres como máximo
a-password-has-10-to-512-characters = la contraseña tiene entre 10 y 512 caracteres
a-role-is-admin-moderator-or-member = el rol es admin, moderator o member
enter-your-username = introduzca su nombre de usuario
enter-your-password = introduzca su contraseña
choose-a-time-zone-such-as-europe = elija una zona horaria como Europe/Paris
an-event-ends-after-it-starts = un evento termina después de empezar
enter-the-webinars-https-address = introduzca la dirección https:// del seminario web
give-an-address-a-webinar-link-or = indique una dirección, un enlace al seminario web o ambos
capacity-is-a-number-of-people-zero = las plazas son un número de personas, cero o más
joining-is-free-approval-invite-or-external = la participación es free, approval, invite o external
an-event-is-confirmed-tentative-or-cancelled = un evento es confirmed, tentative o cancelled
choose-a-language-e-g-en-fr = elija un idioma, p. ej. en, fr or de
use-at-most-20-short-topic-tags = use como máximo 20 etiquetas de tema cortas
write-something-or-attach-a-file = escriba algo o adjunte un archivo
a-group-name-has-2-to-100 = el nombre de un grupo tiene entre 2 y 100 caracteres
keep-the-description-under-5000-characters = la descripción debe tener menos de 5000 caracteres
keep-each-topic-under-50-characters = cada tema debe tener menos de 50 caracteres
use-at-most-20-topics = use como máximo 20 temas
choose-open-approval-or-invite = elija open, approval o invite
choose-public-or-members = elija public o members
enter-a-handle-like-anna-city-example = introduzca un identificador como @anna@city.example o la dirección https:// de un actor
enter-a-domain-like-city-example = introduzca un dominio como city.example
enter-the-nodes-name = introduzca el nombre del nodo
enter-a-pictures-https-address = introduzca la dirección https:// de una imagen
enter-an-e-mail-address-or-an = introduzca una dirección de correo electrónico o una dirección https://
choose-one-of-the-languages-the-interface = elija uno de los idiomas en los que se distribuye la interfaz
list-at-most-20-areas-of-expertise = indique como máximo 20 especialidades
missing = falta
give-the-address-https-of-what-you = indique la dirección (https://…) de lo que denuncia
choose-why-you-report-this = elija por qué lo denuncia
this-node-has-published-no-rules-choose = este nodo no ha publicado reglas; elija otro motivo
use-the-two-letter-country-code-e = use el código de país de dos letras, p. ej. FR
choose-the-kind-of-resource = elija el tipo de recurso
transition-map-phases-are-numbered-1-to = las fases del Mapa de la transición van numeradas del 1 al 6
use-at-most-20-topic-tags = use como máximo 20 etiquetas de tema
the-period-cannot-end-before-it-starts = el periodo no puede terminar antes de empezar
enter-a-positive-number = introduzca un número positivo
attach-at-most-20-links = adjunte como máximo 20 enlaces
attach-at-most-20-files-and-links = adjunte como máximo 20 archivos y enlaces en total
an-attachment-needs-an-https-address = un archivo adjunto necesita una dirección https://
choose-not-started-in-progress-or-done = elija not_started, in_progress o done
not-found = no encontrado
text-cannot-contain-nul-characters = el texto no puede contener caracteres NUL
this-account-is-suspended-by-the-nodes = los moderadores del nodo han suspendido esta cuenta
something-went-wrong-on-this-node = algo ha fallado en este nodo
that-already-exists = eso ya existe
the-nodes-outbox-has-pages-resources-and = la bandeja de salida del nodo tiene las páginas `resources` y `events`
no-such-activity = no existe esa actividad
only-the-nodes-organisation-keeps-a-transition = solo la organización del nodo lleva un recorrido de transición
only-groups-have-moderators = solo los grupos tienen moderadores
this-post-is-not-public-sign-the = esta publicación no es pública: firme la solicitud
servers-must-be-between-1-and-1000 = servers debe estar entre 1 y 1000
no-deliveries-to-that-domain-yet = todavía no hay entregas a ese dominio
no-such-event = no existe ese evento
no-organiser = sin organizador
only-members-read-this-groups-posts = solo los miembros leen las publicaciones de este grupo
send-the-file-as-the-form-field = envíe el archivo en el campo de formulario `file`
send-a-json-object = envíe un objeto JSON
send-the-body-as-application-json = envíe el cuerpo como application/json
cursor-must-be-a-value-from-an = cursor debe ser un valor de un `next` anterior
the-action-is-limit-unlimit-suspend-or = la acción es limit, unlimit, suspend o unsuspend
gone = ya no existe
no-such-resource = no existe ese recurso
no-such-author = no existe ese autor
no-such-post = no existe esa publicación
no-such-account = no existe esa cuenta
no-such-group = no existe ese grupo
name-a-domain-such-as-city-example = indique un dominio como city.example
no-such-status = no existe esa publicación
no-token = falta el token
invalid-token = token no válido
this-token-has-no-user = este token no tiene usuario
this-action-is-outside-the-authorized-scopes = Esta acción está fuera de los permisos autorizados
unknown-client-id-register-the-app-first = client_id desconocido: registre primero la aplicación
response-type-must-be-code = response_type debe ser code
unknown-client-id = client_id desconocido
you-denied-the-app-access = ha denegado el acceso a la aplicación
name-the-account = indique la cuenta
delete-case-studies-and-events-from-their = elimine los estudios de caso y los eventos desde sus páginas
metrics-are-for-administrators-and-the-networks = las métricas son para los administradores y las redes de server.metrics_networks
no-such-api-endpoint = no existe ese punto de acceso de la API
log-in-first = inicie sesión primero
only-administrators-can-do-this = solo los administradores pueden hacer esto
send-an-api-token-as-authorization-bearer = envíe un token de API como `Authorization: Bearer …`
this-api-token-is-not-valid-revoked = este token de API no es válido (¿revocado o caducado?)
this-account-is-waiting-for-approval = esta cuenta está pendiente de aprobación
choose-mute-or-block = elija silenciar o bloquear
this-event-is-served-by-its-own = este evento lo sirve su propio nodo
only-the-organiser-can-change-this-event = solo el organizador puede modificar este evento
no-such-action = no existe esa acción
there-is-no-page-at-this-address = no hay ninguna página en esta dirección
no-such-member = no existe ese miembro
this-resource-is-served-by-its-own = este recurso lo sirve su propio nodo
only-the-author-can-change-this-resource = solo el autor puede modificar este recurso
no-such-comment = no existe ese comentario
this-nodes-interface-is-not-shipped-in = la interfaz de este nodo no se distribuye en ese idioma
nothing-on-this-node-has-that-address = nada en este nodo tiene esa dirección
lists-of-remote-actors-live-on-their = las listas de actores remotos están alojadas en su propio servidor
you-cannot-remove-this-post = no puede eliminar esta publicación
enter-a-number-of-days-or-leave = introduzca un número de días o déjelo vacío
the-transition-map-has-no-such-step = el Mapa de la transición no tiene ese paso
explore-has-no-such-tool-type = Explorar no tiene ese tipo de herramienta
add-resource-acct-name-domain = añada ?resource=acct:name@domain
resource-must-be-acct-name-domain = resource debe ser acct:name@domain
no-such-account-on-this-node = no existe esa cuenta en este nodo
that-username-or-email-is-taken = ese nombre de usuario o correo electrónico ya está en uso
this-node-does-not-take-new-registrations = este nodo no admite nuevos registros
wrong-username-or-password = nombre de usuario o contraseña incorrectos
your-account-is-waiting-for-an-administrators = su cuenta está pendiente de la aprobación de un administrador
a-rule-is-allow-limit-or-block = una regla es allow, limit o block
that-is-this-nodes-own-domain = ese es el propio dominio de este nodo
you-cannot-take-away-your-own-administrator = no puede quitarse su propio rol de administrador
choose-the-archive-file-to-import = elija el archivo que desea importar
this-is-not-a-cairn-account-archive = esto no es un archivo de cuenta de Cairn (versión 1)
name-an-account-name-domain-or-its = indique una cuenta (@name@domain o su dirección) o un dominio
that-is-this-node-block-or-mute = ese es este nodo; bloquee o silencie sus cuentas una por una
this-nodes-groups-and-its-own-account = los grupos de este nodo y su propia cuenta no se pueden bloquear ni silenciar
you-cannot-block-or-mute-yourself = no puede bloquearse ni silenciarse a sí mismo
this-account-does-not-accept-that-from = esta cuenta no acepta eso de usted
this-event-was-cancelled = este evento se ha cancelado
this-event-is-over = este evento ya ha terminado
this-event-takes-registrations-on-its-own = las inscripciones a este evento se hacen en su propio sitio
the-organiser-is-gone = el organizador ya no existe
this-event-lives-on-another-node-change = este evento está alojado en otro nodo; modifíquelo allí
this-event-is-by-invitation-only = este evento es solo por invitación
you-are-not-taking-part-in-this = usted no participa en este evento
only-the-organiser-decides-who-takes-part = solo el organizador decide quién participa
no-such-request-to-join = no existe esa solicitud para unirse
no-such-person = no existe esa persona
which-event = ¿qué evento?
no-such-event-on-this-node = no existe ese evento en este nodo
only-the-organiser-answers-a-request-to = solo el organizador responde a una solicitud de participación
the-event-names-no-organiser-attributedto = el evento no indica ningún organizador (attributedTo)
only-its-organiser-can-publish-or-change = solo su organizador puede publicar o modificar este evento
this-event-lives-here = este evento está alojado aquí
only-the-organiser-can-delete-this-event = solo el organizador puede eliminar este evento
you-are-already-taking-part = ya participa
you-asked-to-join-already-the-organiser = ya ha solicitado participar; el organizador decide
this-event-is-full = este evento está completo
you-asked-to-join-already = ya ha solicitado participar
you-cannot-follow-yourself = no puede seguirse a sí mismo
log-in-to-look-up-accounts-and = inicie sesión para buscar cuentas y recursos en otros servidores
the-follower-is-gone = el seguidor ya no existe
no-such-follow-request = no existe esa solicitud de seguimiento
only-the-followed-actor-can-answer-a = solo el actor seguido puede responder a una solicitud de seguimiento
only-the-follower-can-undo-a-follow = solo el seguidor puede deshacer un seguimiento
that-handle-is-taken-choose-another = ese identificador ya está en uso; elija otro
choose-admin-moderator-or-member = elija admin, moderator o member
roles-go-to-members-of-this-node = los roles se asignan a miembros de este nodo
group-gone = el grupo ya no existe
this-group-is-moderated-on-its-own = este grupo se modera en su propio nodo
only-the-groups-moderators-can-do-this = solo los moderadores del grupo pueden hacer esto
only-the-groups-administrators-can-do-this = solo los administradores del grupo pueden hacer esto
this-group-is-by-invitation-only = este grupo es solo por invitación
that-person-is-not-a-member = esa persona no es miembro
administrators-cannot-be-removed = los administradores no se pueden retirar
only-the-nodes-administrators-record-the-citys = solo los administradores del nodo registran el recorrido de la ciudad
only-a-city-itself-can-publish-its = solo la propia ciudad puede publicar su recorrido
this-file-is-attached-already-edit-what = este archivo ya está adjunto; edite aquello a lo que está adjunto
no-such-file-of-yours = no tiene ese archivo
no-such-file = no existe ese archivo
nothing-on-this-node-has-that-address-2 = nada en este nodo tiene esa dirección; denúncielo desde la página que lo muestra
this-is-your-own-change-or-delete = esto es suyo; mejor modifíquelo o elimínelo
the-action-is-dismiss-remove-warn-limit = la acción es dismiss, remove, warn, limit o suspend
an-account-is-not-removed-limit-or = una cuenta no se elimina; limítela o suspéndala
you-cannot-limit-or-suspend-yourself = no puede limitarse ni suspenderse a sí mismo
this-nodes-groups-and-its-own-actor = los grupos de este nodo y su propio actor no se limitan ni se suspenden
status-is-open-dismissed-removed-warned-limited = status es open, dismissed, removed, warned, limited o suspended
only-moderators-and-administrators-can-do-this = solo los moderadores y los administradores pueden hacer esto
owner-gone = el propietario ya no existe
no-such-report = no existe esa denuncia
only-an-administrator-can-limit-or-suspend = solo un administrador puede limitar o suspender a un administrador
this-account-was-suspended-or-deleted-by = esta cuenta ha sido suspendida o eliminada por su propio servidor
you-reported-this-already-the-moderators-have = ya lo ha denunciado; los moderadores ya lo tienen
an-account-is-not-an-alias-of = una cuenta no es un alias de sí misma
a-person-or-an-organisation-moves-to = una persona o una organización se traslada a una cuenta, no a un grupo
a-group-moves-to-another-group = un grupo se traslada a otro grupo
an-account-cannot-move-to-itself = una cuenta no puede trasladarse a sí misma
a-group-moves-to-a-group-and = un grupo se traslada a un grupo, y solo un grupo lo hace
an-app-needs-a-name-of-up = una aplicación necesita un nombre de hasta 100 caracteres
give-at-least-one-redirect-uri = indique al menos un URI de redirección
this-redirect-uri-was-not-registered-by = la aplicación no ha registrado este URI de redirección
the-app-asks-for-scopes-it-did = la aplicación solicita permisos que no registró
invalid-client-the-client-id-or-secret = invalid_client: el id o el secreto del cliente son incorrectos
invalid-grant-the-code-is-wrong-used = invalid_grant: el código es incorrecto, ya se ha usado o ha caducado
invalid-grant-wrong-username-or-password = invalid_grant: nombre de usuario o contraseña incorrectos
no-actor = sin actor
another-process-has-taken-this-reading-over = otro proceso se ha hecho cargo de esta lectura
this-reading-was-ended = esta lectura se ha terminado mientras tanto
there-is-no-such-post-here-to = aquí no existe esa publicación a la que responder
join-the-group-before-posting-in-it = únase al grupo antes de publicar en él
author-gone = el autor ya no existe
only-the-author-or-the-groups-moderators = solo el autor o los moderadores del grupo pueden eliminar esta publicación
only-its-author-can-publish-this-note = solo su autor puede publicar esta nota
only-members-can-post-in-this-group = solo los miembros pueden publicar en este grupo
a-removal-names-a-post = una retirada indica una publicación
the-announced-post-has-no-id = la publicación difundida no tiene id
the-group-passed-on-a-post-that = el grupo ha difundido una publicación que no está en el grupo
a-group-can-only-remove-its-own = un grupo solo puede retirar sus propias publicaciones
only-its-author-or-its-group-can = solo su autor o su grupo pueden eliminar esta publicación
only-its-author-can-change-this-post = solo su autor puede modificar esta publicación
only-public-posts-can-be-reblogged = solo se pueden impulsar las publicaciones públicas
the-like-has-no-object = el Like no tiene objeto
only-who-liked-something-can-undo-it = solo quien marcó algo como favorito puede deshacerlo
write-something-first = escriba algo primero
keep-comments-under-5000-characters = los comentarios deben tener menos de 5000 caracteres
this-resource-lives-on-another-node-change = este recurso está alojado en otro nodo; modifíquelo allí
no-author = sin autor
only-its-author-can-publish-or-change = solo su autor puede publicar o modificar esto
the-updated-object-has-no-id = el objeto actualizado no tiene id
the-deleted-object-has-no-id = el objeto eliminado no tiene id
the-announced-object-has-no-id = el objeto difundido no tiene id
give-a-domain-or-a-url = indique un dominio o una URL
this-node-cannot-subscribe-to-itself = este nodo no puede suscribirse a sí mismo
the-nodes-application-actor-is-missing = falta el actor de aplicación del nodo
only-the-subscribed-server-can-answer-its = solo el servidor suscrito puede responder a su suscripción
you-have-no-such-token = no tiene ese token

## errors with arguments

this-is-required = este campo es obligatorio
write-at-least-characters = { $min ->
    [one] escriba al menos { $min } carácter
   *[other] escriba al menos { $min } caracteres
}
keep-this-under-characters = { $max ->
    [one] este texto debe tener menos de { $max } carácter
   *[other] este texto debe tener menos de { $max } caracteres
}
publish-at-most-rules = { $count ->
    [one] publique como máximo { $count } regla
   *[other] publique como máximo { $count } reglas
}
attach-at-most-files-to-a-post = { $count ->
    [one] adjunte como máximo { $count } archivo a una publicación
   *[other] adjunte como máximo { $count } archivos a una publicación
}
keep-posts-under-characters = { $max ->
    [one] las publicaciones deben tener menos de { $max } carácter
   *[other] las publicaciones deben tener menos de { $max } caracteres
}
choose-which-rule-it-breaks = elija qué regla incumple (del 1 al { $count })
file-says-it-is-but-is = este archivo dice ser { $claimed }, pero es { $detected }
a-file-may-be-at-most = un archivo puede ocupar como máximo { $size }
the-map-has-no-step = el Mapa de la transición no tiene el paso «{ $step }»
keep-notes-under-characters = { $max ->
    [one] las notas deben tener menos de { $max } carácter
   *[other] las notas deben tener menos de { $max } caracteres
}
link-at-most-pieces-of-evidence = { $count ->
    [one] vincule como máximo { $count } evidencia
   *[other] vincule como máximo { $count } evidencias
}
is-not-a-web-link = «{ $link }» no es un enlace http(s)
is-not-a-sector-cairn-knows = { $sector } no es un sector que Cairn conozca
is-not-a-step-of-the-map = { $step } no es un paso del Mapa de la transición
is-not-a-tool-type = { $tool } no es un tipo de herramienta del catálogo de Explorar
this-form-has-expired-or-came-from = este formulario ha caducado o procede de otro sitio; vuelva a cargar la página e inténtelo de nuevo
finance-starting-score = Puntuación inicial para este tipo de financiación.
finance-often-used-in-sector = Se usa a menudo en el sector «{ $sector }».
username-length = un nombre de usuario tiene de 2 a 30 caracteres
username-first-letter = un nombre de usuario empieza por una letra minúscula
username-letters = un nombre de usuario solo usa letras minúsculas, cifras y _

# Resources in several languages
translations = Traducciones
the-same-resource-in-other-languages = El mismo recurso en otros idiomas. Rellene un bloque para añadir una; vacíe un bloque para quitar esa versión.
translation-number = Traducción { $number }
languages-of-this-page = Idiomas de esta página
read-in = Leer en:
original = original
add-at-most-translations = añada como máximo { $max } traducciones
translation-problem = Traducción «{ $language }»: { $problem }
a-translation-is-in-another-language = una traducción está en un idioma distinto del original
this-language-has-a-translation-already = este idioma ya tiene una traducción
the-same-event-in-other-languages = El mismo evento en otros idiomas. Rellene un bloque para añadir una; vacíe un bloque para quitar esa versión.
the-same-group-in-other-languages = El nombre y la descripción del grupo en otros idiomas. Rellene un bloque para añadir una; vacíe un bloque para quitar esa versión.

# Errors of the services and the API (the message; the error code stays English)
host-is-not-this-node = { $host } no es este nodo
there-is-no-one-called-on-this-node = en este nodo no hay nadie llamado { $name }
report-at-most-statuses-at-once = denuncie como máximo { $max } publicaciones a la vez
status-is-not-by-this-account = la publicación { $id } no es de esta cuenta
text-character-limit-exceeded = Se ha superado el límite de { $max } caracteres del texto
is-not-a-media-id = { $id } no es un identificador de archivo multimedia
malformed-json = JSON mal formado: { $problem }
malformed-url = URL mal formada: { $problem }
unsupported-grant-type = grant_type { $grant } no admitido
the-form-could-not-be-read = no se ha podido leer el formulario: { $problem }
nobody-called-is-known-here = aquí no se conoce a nadie llamado { $handle }
send-at-most-files-at-a-time = envíe como máximo { $max } archivos a la vez
is-not-a-sector = «{ $value }» no es un sector
a-request-body-may-be-at-most-bytes = el cuerpo de una solicitud puede ocupar como máximo { $max } bytes
name-at-most-accounts = indique como máximo { $max } cuentas
account-moved-to = { $account } se ha trasladado a { $target }
cannot-check-the-new-account = no se puede comprobar la nueva cuenta { $account }: { $problem }
does-not-name-as-an-alias = { $account } no indica { $old } como alias
is-not-on-the-server-of = { $url } no está en el servidor de { $owner }
is-not-a-group = { $name } no es un grupo
this-group-moved-to = este grupo se ha trasladado a { $target }
was-removed-by-this-nodes-moderators = los moderadores de este nodo han eliminado { $url }
is-a-kind-cairn-does-not-show = { $url } es de tipo { $kind }, que Cairn no muestra
is-not-a-picture-but = { $url } es { $kind }, no una imagen
this-report-was-handled-already = esta denuncia ya se ha tramitado ({ $status })
is-neither-a-domain-nor-a-url = «{ $value }» no es ni un dominio ni una URL
is-not-a-url = «{ $value }» no es una URL
is-blocked-on-this-node = { $domain } está bloqueado en este nodo
no-subscription-to = no hay ninguna suscripción a { $domain }
cannot-find = no se encuentra { $name }: { $problem }
you-do-not-block = no ha bloqueado a { $name }
you-do-not-mute = no ha silenciado a { $name }
there-is-no-account = no existe la cuenta { $name }
there-is-no-rule-for = no hay ninguna regla para { $domain }
unknown-scope = permiso desconocido: { $scope }
is-not-a-uri = { $value } no es un URI
only-its-author-can-change-it = solo su autor puede modificarlo
this-image-cannot-be-read = no se puede leer esta imagen: { $problem }
is-not-a-file-of-yours-to-attach = { $id } no es un archivo suyo que se pueda adjuntar
choose-one-picture = elija una sola imagen
no-account-here = aquí no hay ninguna cuenta { $name }
you-do-not-follow = no sigue a { $name }
cannot-mention = no se puede mencionar a { $name }: { $problem }
this-file-is-not-a-cairn-account-archive = este archivo no es un archivo de cuenta de Cairn ({ $problem })
choose-a-picture-by-uploading-it = elija una imagen de este nodo subiéndola, no mediante su dirección
this-contains-control-characters = esto contiene caracteres de control
choose-a-country-from-the-list = elija un país de la lista
enter-a-date-and-time-like = introduzca una fecha y una hora como 2026-03-29T10:00
that-time-does-not-exist-in = esa hora no existe en { $zone }: es cuando se cambia la hora
that-username-is-taken = ese nombre de usuario ya está en uso
an-account-with-this-email-exists = ya existe una cuenta con este correo electrónico
group-handle-length = un identificador de grupo tiene de 2 a 30 caracteres
group-handle-first-letter = un identificador de grupo empieza por una letra minúscula
group-handle-letters = un identificador de grupo solo usa letras minúsculas, cifras y _
that-group-handle-is-reserved = ese identificador de grupo está reservado
too-many-log-in-attempts-for-this-account = demasiados intentos de inicio de sesión para esta cuenta
too-many-log-in-attempts-from-this-address = demasiados intentos de inicio de sesión desde esta dirección
too-many-new-accounts-from-this-address = demasiadas cuentas nuevas desde esta dirección
too-many-changes-in-a-short-time = demasiados cambios en poco tiempo
too-many-activities-from-this-server = demasiadas actividades de este servidor
too-many-activities-from-this-actor = demasiadas actividades de este actor
try-again-in-seconds = { $problem }; vuelva a intentarlo en { $seconds } s

# The command line (cairn …), in the language of LC_ALL, LC_MESSAGES or LANG
cli-cannot-read-file = no se puede leer { $path }: { $problem }
cli-matrix-is-valid = { $path }: válido ({ $questions } preguntas, { $options } opciones de financiación)
cli-database-is-up-to-date = la base de datos está actualizada ({ $backend })
cli-pass-password-stdin = use --password-stdin e introduzca la contraseña por la entrada estándar
cli-cannot-read-the-password = no se puede leer la contraseña: { $problem }
cli-created-account = se ha creado la cuenta { $handle } con el rol { $role } ({ $id })
cli-removing-illustrative-resources = eliminando los recursos ilustrativos de demostración: { $done }
cli-removed-illustrative-resources = se han eliminado { $count } recursos ilustrativos de demostración y la cuenta de demostración
cli-seeding-illustrative-resources = creando recursos ilustrativos de demostración: { $done }/{ $total } ({ $percent } %)
cli-added-illustrative-resources = se han añadido { $count } recursos ilustrativos de demostración en { $seconds } s
cli-revoked-tokens = { $count ->
    [one] se ha revocado { $count } token de API de { $name }
   *[other] se han revocado { $count } tokens de API de { $name }
}
cli-role-is-set = { $name } tiene ahora el rol { $role }
cli-counts-rebuilt = recuentos del mapa, de Explorar, del panel y del repositorio calculados de nuevo a partir de los recursos en { $seconds } s
cli-search-rebuilt = listas de búsqueda reconstruidas a partir de { $count } recursos en { $seconds } s
cli-search-rebuilt-by-itself = El motor de búsqueda de SQLite se reconstruye solo: detén Cairn, borra la carpeta { $folder } y vuelve a iniciar Cairn
cli-worker-started = proceso worker de Cairn para { $url } (base de datos { $backend }): realizando entregas, sin HTTP
cli-cannot-listen-on = no se puede escuchar en { $address }
cli-listening = Cairn escucha en { $address } como { $url } (base de datos { $backend })
cli-listening-web-only = Cairn escucha en { $address } como { $url } (base de datos { $backend }, solo web: las entregas las realizan los procesos worker)
cli-cannot-read-config-file = no se puede leer el archivo de configuración { $path }: { $problem }
cli-invalid-config-file = archivo de configuración no válido: { $problem }
cli-config-section-must-be-a-table = la sección de configuración [{ $section }] debe ser una tabla
cli-invalid-configuration = configuración no válida: { $problem }
cli-server-bind-must-be-an-address = server.bind debe ser una dirección como 127.0.0.1:8080, no «{ $value }»
cli-tls-cert-and-key-together = server.tls_cert y server.tls_key deben definirse juntos
cli-max-connections-at-least-one = database.max_connections debe ser al menos 1
