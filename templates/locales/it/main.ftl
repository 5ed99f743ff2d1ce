# Interfaccia di Cairn in italiano: stessi identificativi del catalogo di riferimento inglese.

## shared

unsubscribe = Annulla iscrizione
blocked = Bloccati
resources = { $count ->
    [one] risorsa
   *[other] risorse
}
upcoming-events-2 = Prossimi eventi
online = Online
events = Eventi
publish-an-event = Pubblica un evento
you-take-part = Partecipazione confermata.
saved = Modifiche salvate.
remove-from-the-group = Rimuovi dal gruppo
knowledge-repository = Archivio delle conoscenze
publish-a-resource = Pubblica una risorsa
overview = Panoramica
remove-it = Rimuovi
name = Nome
description = Descrizione
yes = sì
no = no
feed = Feed
home = Home
knowledge = Conoscenze
groups = Gruppi
directory = Elenco
explore = Esplora
dashboard = Dashboard
notifications = Notifiche
reports = Segnalazioni
admin = Amministrazione
log-in = Accedi
register = Registrazione
report = Segnala
sectors = Settori
country = Paese
expertise = Competenze
from = Da
pages = Pagine
from-inline = da
sector = Settore
all-sectors = Tutti i settori
filter = Filtra
when = Quando
nobody-yet = Ancora nessuno.
accept = Accetta
reject = Rifiuta
title = Titolo
address = Indirizzo
status = Stato
topics = Argomenti
language = Lingua
save = Salva
search = Cerca
kind = Tipo
city = Città
audit-log = Registro di audit
rule = Regola
block = Blocca
blocks-and-mutes = Blocchi e silenziamenti
resources-2 = Risorse
actions = Azioni
timelines = Cronologie
no-groups-yet = Ancora nessun gruppo.
find-people = Trova persone
remove = Rimuovi
role = Ruolo
move-the-group = Trasferisci il gruppo
this-group-has-moved-to = Questo gruppo si è trasferito su

## admin

the-nodes-identity-is-saved = L'identità del nodo è stata salvata.
the-nodes-rules-are-published = Le regole del nodo sono state pubblicate.
rule-removed = Regola rimossa.
account-approved = Account approvato.
unsubscribe-from-this-node = Annullare l'iscrizione a questo nodo?
this-node-stops-gathering-its-work = Questo nodo smette di raccoglierne il lavoro; quanto già raccolto resta finché non viene aggiornato.
## auth

an-administrator-approves-new-accounts-before = Un amministratore approva i nuovi account prima che possano accedere.
this-node-does-not-take-new = Questo nodo non accetta nuove registrazioni.
welcome-tell-colleagues-who-you-are = Le diamo il benvenuto! Si presenti ai colleghi.
thank-you-an-administrator-will-approve = Grazie. Un amministratore approverà a breve il suo account.
you-are-logged-out = Disconnessione effettuata.
nodes-sharing = { $count ->
    [one] nodo che condivide
   *[other] nodi che condividono
}
people = { $count ->
    [one] persona
   *[other] persone
}
upcoming-events = { $count ->
    [one] evento in programma
   *[other] eventi in programma
}

## blocks

unblocked = Account sbloccato.
unmuted = Silenziamento annullato.
blocked-follows-between-you-ended = Account bloccato. I rapporti di follow tra voi sono terminati.
muted = Account silenziato.

## events

past-events = Eventi passati
upcoming = In programma
past = Passati
month = Mese
saved-participants-and-followers-are-told = Modifiche salvate. Partecipanti e follower vengono informati.
published-it-appears-in-your-followers = Evento pubblicato. Compare nei calendari dei suoi follower.
edit-event = Modifica evento
your-request-to-join-is-sent = La sua richiesta di partecipazione è stata inviata.
you-no-longer-take-part = Non partecipa più.
tentative = Provvisorio
cancelled = Annullato
calendar-views = Viste del calendario
online-only = Solo online
subscribe-to-this-calendar-ical = Iscriviti a questo calendario (iCal)
no-events-here-yet-follow-more = Ancora nessun evento qui. Segua altre città per vedere i loro eventi, oppure ne pubblichi uno.
this-event-will-not-take-place = questo evento non avrà luogo.
the-events-picture = Immagine dell'evento
where = Dove
the-link-is-shown-to-participants = Il link viene mostrato ai partecipanti dopo l'iscrizione.
the-organisers-node-sends-the-link = Il nodo dell'organizzatore invia il link ai partecipanti; non è ancora arrivato qui.
organiser = Organizzatore
participants = Partecipanti
you-asked-to-join-the-organiser = Ha chiesto di partecipare; decide l'organizzatore.
your-request-was-not-accepted = La sua richiesta non è stata accettata.
leave = Annulla partecipazione
take-part = Partecipa
log-in-to-take-part = Accedere per partecipare
add-to-my-calendar-ics = Aggiungi al mio calendario (.ics)
edit-or-cancel = Modifica o annulla
markdown = Markdown.
banner-picture = Immagine di copertina
what-the-banner-shows-alt-text = Cosa mostra l'immagine di copertina (testo alternativo)
starts = Inizio
local-time-where-the-event-happens = Ora locale del luogo dell'evento.
ends = Fine
time-zone = Fuso orario
for-example-europe-paris = Ad esempio Europe/Rome
webinar-link = Link al webinar
places-2 = Posti
leave-empty-for-no-limit = Lasciare vuoto per nessun limite.
taking-part-2 = Partecipazione
anyone-can-join = Aperta a tutti
the-organiser-approves-each = L'organizzatore approva ogni richiesta
by-invitation = Su invito
registration-elsewhere = Registrazione su un altro sito
confirmed = Confermato
separate-with-commas = Separare con virgole

## follows

you-follow-them-now = Ora segue questo profilo.
follow-request-sent = Richiesta di follow inviata.
you-no-longer-follow-them = Non segue più questo profilo.
request-accepted = Richiesta accettata.
request-rejected = Richiesta rifiutata.

## groups

group-saved = Gruppo salvato.
group-created = Gruppo creato.
the-groups-earlier-names-are-saved = I nomi precedenti del gruppo sono stati salvati.
the-members-are-moving-to-the = I membri si stanno trasferendo nel nuovo gruppo.
welcome-to-the-group = Le diamo il benvenuto nel gruppo.
request-sent-a-moderator-will-answer = Richiesta inviata: un moderatore risponderà.
you-left-the-group = Ha lasciato il gruppo.
posted-to-the-group = Pubblicato nel gruppo.
accepted = Richiesta accettata.
refused = Richiesta rifiutata.
remove-this-member-from-the-group = Rimuovere questo membro dal gruppo?
they-stop-receiving-the-groups-posts = Non riceverà più i post del gruppo, e i follower del gruppo vengono informati.

## knowledge

published-your-followers-and-the-citys = Risorsa pubblicata. La vedranno i suoi follower e quelli della città.
edit-resource = Modifica risorsa
saved-the-change-goes-out-to = Modifiche salvate. La modifica viene inviata a tutti coloro che hanno la risorsa.
delete-this-resource = Eliminare questa risorsa?
delete-it = Elimina
deleted-the-deletion-goes-out-to = Risorsa eliminata. L'eliminazione viene comunicata a tutti coloro che la avevano.
comment-posted = Commento pubblicato.
illustrative-demo-data = Dati dimostrativi
search-case-studies-methods-videos = Cerca casi di studio, metodi, video…
filters = Filtri
sort-by = ordina per
relevance = pertinenza
newest = più recenti
atom-feed-of-this-search = Feed Atom di questa ricerca
this-page-is-past-the-last = Questa pagina è oltre l'ultimo risultato.
back-to-the-first-page = Torna alla prima pagina
this-node-holds-no-resources-yet = Questo nodo non contiene ancora risorse.
publish-the-first-one = Pubblichi la prima
or-follow-other-cities-to-gather = oppure segua altre città per raccoglierne il lavoro.
did-you-mean = Forse cercavi:
search-syntax-hint = "Virgolette" per una frase, OR per l’una o l’altra parola, -parola per escluderne una, parola* per le parole che iniziano così.
nothing-matches-try-fewer-words-or = Nessun risultato. Provi con meno parole o filtri, oppure segua altre città per ampliare l'archivio.
previous = Precedente
page = Pagina
next = Successiva
illustrative-demo-data-not-a-real = Dati dimostrativi: non sono i risultati di una città reale
by = Di
published-on = pubblicato su
on-the-transition-map-and-in = Nella Mappa della transizione e in Esplora
attachments = Allegati
edit = Modifica
delete = Elimina
comments = Commenti
add-a-comment = Aggiungi un commento
comment = Commento
log-in-to-comment = Accedere per commentare
preview = Anteprima
summary = Sintesi
plain-text-a-few-sentences-mastodon = Testo semplice, poche frasi: Mastodon lo mostra insieme al titolo.
body-2 = Testo
markdown-bold-italic-links-https-lists = Markdown: **grassetto**, _corsivo_, [link](https://…), elenchi.
transition-map-phases = Fasi della Mappa della transizione
transition-map-steps-it-helps-with = Tappe della Mappa della transizione a cui contribuisce
explore-tool-types-it-is-an = Tipi di strumento di Esplora di cui è un esempio
separate-with-commas-e-g-citizen = Separare con virgole, ad es. partecipazione dei cittadini, pompe di calore
licence = Licenza
for-example-cc-by-4-0 = Ad esempio CC BY 4.0
started-year = Inizio (anno)
ended-year = Fine (anno)
emissions-avoided-tco2e-per-year = Emissioni evitate (tCO2e all'anno)
only-figures-you-can-stand-behind = Indicare solo dati di cui si è certi.
investment-eur = Investimento (EUR)
people-reached = Persone raggiunte
add-files = Aggiungi file
a-few-at-a-time-pdf = Pochi alla volta: PDF, documenti d'ufficio, CSV, testo o immagini (JPEG, PNG, WebP, GIF; i dati di localizzazione vengono rimossi). Una volta inviati, compaiono qui sotto in Allegati, con Anteprima o Pubblica.
what-the-files-show-alt-text = Cosa mostrano i file (testo alternativo)
for-people-who-cannot-see-them = Per chi non può vederli; è possibile dare a ciascuno un titolo proprio in Allegati.
one-per-line-address-title-media = Uno per riga: indirizzo | titolo | tipo di media
publishing-organisation = Organizzazione che pubblica
publish = Pubblica

## moderation

thank-you-the-moderators-here-will = Grazie. I moderatori di questo nodo la esamineranno.
a-person-here = una persona di questo nodo
a-person-here-whose-account-is = una persona di questo nodo il cui account non esiste più
removed-the-report-is-closed-and = Contenuto rimosso. La segnalazione è chiusa e chi l'ha inviata viene informato.
dismissed-the-report-is-closed-and = Segnalazione archiviata. La segnalazione è chiusa e chi l'ha inviata viene informato.
warned-the-account-is-told-and = Avvertimento inviato. L'account viene informato, e così anche chi ha inviato la segnalazione.
limited-the-account-is-left-out = Account limitato. L'account è escluso dalle cronologie pubbliche, dalla ricerca e dagli elenchi; i suoi follower continuano a vederlo.
suspended-nothing-more-is-taken-from = Account sospeso. Da quell'account non viene più accettato nulla, e ciò che aveva su questo nodo è stato eliminato.
report-to-the-moderators = Segnalazione ai moderatori
why-do-you-report-it = Motivo della segnalazione
which-rule-does-it-break = Quale regola viene violata?
only-when-the-reason-is-one = Solo se il motivo è una delle regole di questo nodo.
none = Nessuna
what-should-the-moderators-know = Cosa dovrebbero sapere i moderatori?
optional-up-to-1000-characters-moderators = Facoltativo, fino a 1000 caratteri. Lo leggono i moderatori, e anche quelli dell'altro server se la segnalazione viene inoltrata anche lì.
also-send-the-report-to-the = Inviare la segnalazione anche ai moderatori di
it-goes-in-this-nodes-name = Viene inviata a nome di questo nodo insieme al suo commento: il suo nome non viene trasmesso.
send-the-report = Invia la segnalazione
reports-by-state = Segnalazioni per stato
open = Aperte
removed = Rimozioni
warned = Avvertimenti
limited = Limitazioni
suspended = Sospensioni
dismissed = Archiviate
no-reports-here = Nessuna segnalazione.
no-longer-here = non più presente
account = Account
reported-by = Segnalazione di
none-about-this-account = Nessuna su questo account.
note-for-the-audit-log = Nota per il registro di audit
warn-the-account = Avverti l'account
limit-the-account = Limita l'account
suspend-the-account = Sospendi l'account
dismiss = Archivia
every-moderation-and-administration-action-as = Ogni azione di moderazione e di amministrazione, così come è stata eseguita. Qui nessuno può modificarla.
action = Azione
any = Qualsiasi
done-by-username = Eseguita da (nome utente)
show = Mostra
nothing-recorded-yet = Ancora nessuna registrazione.
who = Chi
target = Oggetto
note = Nota
unmute = Annulla silenziamento
mute = Silenzia
unblock = Sblocca
nobody = Nessuno.
a-blocked-account-cannot-follow-you = Un account bloccato non può seguirla, menzionarla, rispondere a ciò che pubblica né partecipare ai suoi eventi; gli eventuali rapporti di follow tra voi terminano e il suo server viene informato. Un account silenziato scompare semplicemente dal suo feed e dalle sue notifiche; nessuno viene informato. Entrambe le misure possono riguardare un intero dominio.
account-or-domain = Account o dominio
name-city-example-the-address-of = @nome@city.example, l'indirizzo di un account, oppure un dominio come city.example
what-to-do = Cosa fare
muted-2 = Silenziati

## profile

followers = Follower
following = Seguiti
your-profile-is-saved = Profilo salvato.
your-other-accounts-are-saved = Gli altri account sono stati salvati.
your-followers-are-moving-to-your = I suoi follower si stanno trasferendo sul nuovo account.
organisation = Organizzazione
this-account-has-moved-to = Questo account si è trasferito su
this-profile-lives-on = Questo profilo si trova su
edit-your-profile = Modifica il profilo
follow-requests = Richieste di follow
no-requests-are-waiting = Nessuna richiesta in attesa.
choose-whether-you-approve-followers = Scegliere se approvare i follower
edit-profile = Modifica profilo
display-name = Nome visualizzato
job-title = Qualifica
where-you-work-e-g-city = Dove lavora, ad es. Comune di Gent, team per il clima
separate-topics-with-commas-e-g = Separare gli argomenti con virgole, ad es. teleriscaldamento, ciclabilità
about-you = Presentazione
your-picture = Immagine del profilo
or-the-address-of-a-picture = Oppure l'indirizzo di un'immagine pubblicata altrove
header-picture-across-the-top-of = Immagine di intestazione, in cima alla sua pagina
or-the-address-of-a-header = Oppure l'indirizzo di un'immagine di intestazione pubblicata altrove
approve-each-new-follower-myself = Approvo personalmente ogni nuovo follower
your-api-tokens = I suoi token API
move-your-account = Trasferimento dell'account
coming-here-from-another-group = Trasferimento qui da un altro gruppo
coming-here-from-another-account = Trasferimento qui da un altro account
name-the-group-this-one-takes = Indicare il gruppo che questo sostituisce, poi avviare il trasferimento da lì: membri, moderatori e discussioni arriveranno qui.
name-the-account-you-had-before = Indicare l'account usato in precedenza, poi avviare il trasferimento da lì: i suoi follower la seguiranno qui.
the-groups-this-one-was-before = I gruppi che questo gruppo ha sostituito
handles-like-heat-network-example-separated = Handle come @heat@network.example, separati da virgole
your-other-accounts = I suoi altri account
handles-like-anna-lyon-example-separated = Handle come @anna@lyon.example, separati da virgole
your-data = I suoi dati
download-your-data = Scarica i dati
your-resources-events-public-posts-profile = : risorse, eventi, post pubblici, profilo e account seguiti, da importare sul nuovo nodo.
import-data-from-another-node = Importa dati da un altro nodo
moving-this-group-away = Trasferimento del gruppo altrove
moving-this-account-away = Trasferimento dell'account altrove
first-create-the-new-group-on = Creare prima il nuovo gruppo sull'altro nodo e indicarvi questo gruppo. I membri, qui e su altri server, entreranno nel nuovo gruppo, il cui nodo subentra per moderatori e discussioni; questo gruppo rimanderà al nuovo.
the-new-group = Il nuovo gruppo
a-handle-like-heat-gent-example = Un handle come @heat@gent.example
move-the-members-to-it = Trasferisci i membri
first-name-this-account-on-the = Indicare prima questo account in quello nuovo. I suoi follower, qui e su altri server, seguiranno il nuovo account; questo rimanderà al nuovo.
your-new-account = Il suo nuovo account
a-handle-like-anna-gent-example = Un handle come @anna@gent.example
move-my-followers-to-it = Trasferisci i miei follower
import-your-data = Importazione dei dati
not-imported = Non importati
publish-here-as-this-account-the = Pubblicare qui, con questo account, le risorse, gli eventi e i post pubblici di un archivio scaricato da un altro nodo, e seguire di nuovo gli account seguiti da quell'account. Gli elementi già presenti non vengono pubblicati due volte.
archive-file = File dell'archivio
the-cairn-json-file-from-download = Il file cairn-….json ottenuto con «Scarica i dati» sul vecchio nodo (massimo 1 MiB)
import = Importa
api-tokens = Token API
scripts-and-apps-act-as-you = Script e app agiscono a suo nome tramite un token. Revocare i token non più in uso o che potrebbero essere stati divulgati.
your-new-token-copy-it-now = Il suo nuovo token. Lo copi subito: non verrà più mostrato.
you-have-no-api-tokens = Nessun token API.
created = Creato
last-used = Ultimo utilizzo
expires = Scadenza
revoke = Revoca
new-token = Nuovo token
what-is-it-for = A cosa serve?
expires-after-days = Scade dopo (giorni)
leave-empty-for-a-token-that = Lasciare vuoto per un token valido fino alla revoca
make-a-token = Crea un token

## social

reply-posted = Risposta pubblicata.
posted = Post pubblicato.
remove-this-post = Rimuovere questo post?
it-disappears-here-and-the-servers = Il post scompare da qui, e ai server che lo hanno ricevuto viene chiesto di rimuoverlo.
post-removed = Post rimosso.
in-inline = in
replying-to = In risposta a
a-post = un post
markdown-mention-people-as-name-host = Markdown; menzionare le persone con @nome@host, indicare gli argomenti con #parola.
post = Post
what-are-you-working-on = Su cosa sta lavorando?
nothing-here-yet = Ancora niente qui.
find-colleagues-and-groups-to-follow = Trovare colleghi e gruppi da seguire
no-resource-is-filed-under-this = Nessuna risorsa ha questo tag.
all-resources-with-this-tag = Tutte le risorse con questo tag
posts-2 = Post
no-public-post-uses-this-tag = Nessun post pubblico usa ancora questo tag.
post-by = Post di
replies = Risposte
reply = Rispondi
create-a-group = Crea un gruppo
search-groups = Cerca gruppi
start-one = Ne crei uno
edit-the-group = Modifica il gruppo
handle = Handle
lowercase-letters-digits-and-the-groups = Lettere minuscole, cifre e _; l'indirizzo del gruppo sarà @handle@questo-nodo.
the-groups-picture = Immagine del gruppo
separated-by-commas = Separati da virgole.
who-can-join = Chi può aderire
who-can-read-the-discussions = Chi può leggere le discussioni
create-the-group = Crea il gruppo
discussions-for-members-only = Discussioni riservate ai membri
public-discussions = Discussioni pubbliche
this-group-lives-on = Questo gruppo si trova su
leave-the-group = Lascia il gruppo
your-request-to-join-waits-for = La sua richiesta di adesione è in attesa di un moderatore.
withdraw-the-request = Ritira la richiesta
join = Aderisci
ask-to-join = Chiedi di aderire
log-in-to-join = Accedere per aderire
waiting-to-join = In attesa di adesione
nobody-is-waiting = Nessuno in attesa.
refuse = Rifiuta
invite-someone-name-host = Invita qualcuno (@nome@host)
invite = Invita
discussions = Discussioni
start-a-discussion = Avvia una discussione
discussions-are-for-members-only = Le discussioni sono riservate ai membri.
no-discussions-yet = Ancora nessuna discussione.
members-2 = Membri
set-role = Imposta ruolo
people-cities-and-groups-here-and = Persone, città e gruppi, su questo nodo e sui nodi che conosce.
look-someone-up-by-handle = Cercare qualcuno tramite handle
nobody-matches-try-fewer-filters-or = Nessun risultato. Provi con meno filtri, oppure cerchi qualcuno tramite handle in
view-and-join = Visualizza e aderisci
nothing-new = Nessuna novità.
see = vedi

## transition

saved-and-published-to-the-citys = Salvato e pubblicato per i follower della città.
the-climate-transition-map-as-a = La Mappa della transizione climatica come percorso
evidence = Evidenze
updated = aggiornato il
templates-for-this-phase = Modelli per questa fase
transition-map = Mappa della transizione
climate-transition-map = Mappa della transizione climatica
six-phases-from-a-political-mandate = Sei fasi, da un mandato politico a una nuova normalità. Ogni tappa rimanda a ciò che le città hanno pubblicato al riguardo, su questo nodo e sui nodi che segue.
transition-journey = Percorso di transizione
transition-journey-of = Percorso di transizione di
last-updated = Aggiornato il
steps-done-2 = Tappe completate
open-a-step-to-record-where = Aprire una tappa per registrare a che punto è la città.
other-cities-journeys = Percorsi di altre città
guidance = Indicazioni
expected-outputs = Risultati attesi
where-the-city-stands = A che punto è la città
record-the-citys-progress = Registra i progressi della città
notes = Note
links-to-resources-that-show-the = Link a risorse che documentano il lavoro, uno per riga.
save-and-publish = Salva e pubblica
resources-for-this-step = Risorse per questa tappa
resources-filed-under-this-step-or = Risorse classificate in questa tappa (o con il tag
share-your-citys-work-on-this = Condividi il lavoro della sua città su questa tappa
nothing-published-for-this-step-yet = Ancora nulla di pubblicato per questa tappa.
no-templates-for-this-phase-yet = Ancora nessun modello per questa fase.
all-templates-for-this-phase = Tutti i modelli per questa fase
explore-the-tools-cities-use = Esplora gli strumenti usati dalle città
no-tool-of-this-kind-for = Nessuno strumento di questo tipo per quel settore.
examples-from-the-repository = Esempi dall'archivio
resources-filed-under-this-tool-type = Risorse classificate in questo tipo di strumento (o con il tag
share-your-citys-work-with-this = Condividi il lavoro della sua città con questo strumento
no-examples-yet = Ancora nessun esempio.
score = Punteggio
finances = Aspetti finanziari
pros = Vantaggi
cons = Svantaggi
related-programmes = Programmi correlati
why-this-score = Perché questo punteggio
financial-guidance = Orientamento finanziario
pick-the-sectors-of-your-project = Selezioni i settori del suo progetto e risponda a cinque domande: Cairn ordina i modi in cui le città finanziano progetti di questo tipo e spiega ogni punteggio. Si tratta di indicazioni generali, non di una consulenza per un caso specifico.
sectors-of-the-project = Settori del progetto
rank-financing-options = Ordina le opzioni di finanziamento
financing-options-best-match-first = Opzioni di finanziamento, dalla più adatta
share-these-results = Condividi questi risultati
link-to-this-assessment = link a questa valutazione

## api_docs

in = Posizione
type = Tipo
required = Obbligatorio
api = API
the-json-api = L'API JSON
everything-a-person-does-on-these = Tutto ciò che una persona fa su queste pagine può farlo anche uno script, all'indirizzo{" "}
get-a-token-with-post-auth = Ottenere un token con POST /auth/token e inviarlo come Authorization: Bearer …. Gli errori sono in JSON:{" "}
with-every-field-at-fault-in = , con ogni campo errato in errors.
the-openapi-3-1-description = La descrizione OpenAPI 3.1
for-code-generators-and-testing-tools = {" "}(per generatori di codice e strumenti di test).
api-sections = Sezioni dell'API
token = token
body = Corpo:{" "}
types = Tipi

## components

skip-to-main-content = Vai al contenuto principale
main = Principale
menu = Menu
powered-by-cairn-a-federated-knowledge = Realizzato con Cairn, un patrimonio comune e federato di conoscenze per città a impatto climatico zero.
map = Mappa
finance = Finanziamenti
my-profile = Il mio profilo
requests = Richieste
log-out = Esci
cancel = Annulla
please-check-the-form = Verificare il modulo
not-set = Non indicato
any-country = Qualsiasi paese
log-in-to-follow = Accedere per seguire
follow = Segui
follow-request-sent-2 = Richiesta di follow inviata
withdraw-request = Ritira la richiesta
unfollow = Smetti di seguire
older = Meno recenti
jpeg-png-webp-or-gif-its = JPEG, PNG, WebP o GIF; i dati di localizzazione vengono rimossi.
remove-this-picture = Rimuovi questa immagine
the-picture-you-sent-is-kept = L'immagine inviata viene conservata; sceglierne un'altra per sostituirla.

## network

delivery-by-server = Consegne per server
nothing-is-waiting-for-any-server = Nessuna consegna in attesa per alcun server.
server = Server
waiting = In attesa
sending = In invio
last-success = Ultimo successo
last-error = Ultimo errore
next-try = Prossimo tentativo
dropped = Scartate
now = ora
node-directory = Elenco dei nodi
nodes-and-relays-this-node-subscribes = Nodi e relay a cui questo nodo è iscritto: tutto ciò che pubblicano in forma pubblica viene raccolto qui, e la loro cronologia viene recuperata dalla loro outbox.
no-subscriptions-yet = Ancora nessuna iscrizione.
node = Nodo
state = Stato
backfill = Recupero cronologia
last-contact = Ultimo contatto
reachable = Raggiungibile
subscribe-to-a-node-or-relay = Iscrizione a un nodo o relay
subscribe = Iscriviti
resources-by-year-stacked-by-sector = Risorse per anno, suddivise per settore
network-dashboard = Dashboard della rete
everything-this-node-holds-its-own = Tutto ciò che questo nodo contiene: il proprio lavoro e ciò che raccoglie dai nodi che segue e a cui è iscritto. I dati di impatto sono quelli dichiarati dagli autori; una risorsa con più settori viene contata in ciascuno.
leave-out-illustrative-demo-data = Escludi i dati dimostrativi
illustrative-demo-data-is-left-out = I dati dimostrativi sono esclusi.
count-it-too = Includili
avoided = evitate
invested = investiti
nothing-gathered-yet = Ancora nulla di raccolto.
by-sector = Per settore
resources-by-sector = Risorse per settore
reported-reductions-by-sector = Riduzioni dichiarate per settore
reported-investment-by-sector = Investimenti dichiarati per settore
by-country = Per paese
resources-by-country = Risorse per paese
reported-reductions-by-country = Riduzioni dichiarate per paese
reported-investment-by-country = Investimenti dichiarati per paese
over-time = Nel tempo
cities-on-the-transition-map = Città sulla Mappa della transizione
no-city-has-shared-its-journey = Nessuna città ha ancora condiviso il proprio percorso con questo nodo.
none-planned = Nessuno in programma.

## pages

contact = Contatti
join-this-node = Iscriviti a questo nodo
or-log-in = oppure accedi
search-the-knowledge-repository = Cerca nell'archivio delle conoscenze
e-g-district-heating = ad es. teleriscaldamento
this-network-in-figures = Questa rete in cifre
latest-case-studies = Ultimi casi di studio
no-case-studies-yet = Ancora nessun caso di studio.
share-your-citys-work = Condividi il lavoro della sua città
all-case-studies = Tutti i casi di studio
no-events-planned = Nessun evento in programma.
the-calendar = Il calendario
all-groups = Tutti i gruppi
our-transition = La nostra transizione
follow-the-journey = Segui il percorso
the-transition-map = La Mappa della transizione
the-dashboard = La dashboard
the-organisation = L'organizzazione
people-on-this-node = Persone su questo nodo
nobody-has-joined-yet = Non si è ancora iscritto nessuno.
be-the-first = Si registri ora.
the-directory = L'elenco completo
username = Nome utente
password = Password
no-account-yet = Non ha ancora un account?
create-an-account = Crea un account
the-rules-of-this-node = Le regole di questo nodo
by-creating-an-account-you-agree = Creando un account, le accetta.
lowercase-letters-digits-and-it-becomes = Lettere minuscole, cifre e _; diventerà il suo handle.
email = E-mail
at-least-10-characters-mix-letters = Almeno 10 caratteri; combinare lettere con cifre o simboli.
create-account = Crea account
find-a-colleague-or-a-city = Trova un collega o una città
handle-or-address = Handle o indirizzo
for-example-anna-lyon-example-or = Ad esempio @anna@lyon.example oppure https://lyon.example/users/anna
look-up = Cerca
found = Risultato
administration = Amministrazione
node-identity = Identità del nodo
how-this-node-presents-itself-the = Come si presenta questo nodo: il nome sostituisce "Cairn" in ogni pagina, e i follower dell'organizzazione sugli altri server vedono la modifica.
logo-address = Indirizzo del logo
an-https-address-of-a-picture = Un indirizzo https:// di un'immagine
an-e-mail-address-or-an = Un indirizzo e-mail o una pagina https:// dove contattare il vostro team
save-the-identity = Salva l'identità
node-rules = Regole del nodo
what-everyone-here-agrees-to-shown = Ciò che tutti gli utenti di questo nodo accettano: viene mostrato alla registrazione, in NodeInfo e alle app Mastodon. Una regola per riga.
rules = Regole
publish-the-rules = Pubblica le regole
federation = Federazione
deliveries-waiting = consegne in attesa
given-up = abbandonate
domain-rules = Regole per dominio
blocked-in-the-configuration-file = Bloccati nel file di configurazione
allowed-in-the-configuration-file = Consentiti nel file di configurazione
no-domain-rules-yet-this-node = Ancora nessuna regola per dominio: questo nodo federa con tutti.
domain = Dominio
block-refuse-its-activities-fetch-nothing = Blocca: rifiuta le sue attività, non recupera né consegna nulla ed elimina ciò che aveva qui
limit-keep-it-out-of-public = Limita: lo esclude dalle cronologie pubbliche, dalla ricerca e dagli elenchi; i follower continuano a vederlo
allow-once-any-domain-is-allowed = Consenti: non appena un dominio è consentito, federano solo i domini consentiti
add-rule = Aggiungi regola
financial-guidance-matrix = Matrice di orientamento finanziario
source = Origine
financing-options-in-use = opzioni di finanziamento in uso.
the-matrix-file-was-not-loaded = Il file della matrice non è stato caricato; resta in uso l'ultima matrice valida.
reload-the-matrix-file = Ricarica il file della matrice
accounts-waiting-for-approval = Account in attesa di approvazione
none-2 = Nessuno.
approve = Approva
error = Errore
something-is-not-right = Qualcosa non va
back-to-the-home-page = Torna alla pagina iniziale
authorize-an-app = Autorizzazione di un'app
authorize = Autorizza
this-app-asks-to-act-for = Questa app chiede di agire per conto del suo account con queste autorizzazioni:
username-or-email = Nome utente o e-mail
deny = Nega
authorization-code = Codice di autorizzazione
copy-this-code-into-the-app = Copiare questo codice nell'app:

## labels chosen by code

followed-you = ha iniziato a seguirla
asked-to-follow-you = ha chiesto di seguirla
mentioned-you = ha menzionato il suo account
replied-to-you = le ha risposto
asked-to-join-a-group-you = ha chiesto di aderire a un gruppo da lei moderato
accepted-you-as-a-member = ha accettato la sua adesione
did-not-accept-your-request-to = non ha accettato la sua richiesta di adesione
invited-you-to-join-a-group = le ha inviato un invito ad aderire a un gruppo
removed-your-post-from-a-group = ha rimosso un suo post da un gruppo
changed-an-event-you-take-part = ha modificato un evento a cui partecipa
cancelled-an-event-you-take-part = ha annullato un evento a cui partecipa
acted-on-what-you-reported-thank = ha preso provvedimenti su quanto da lei segnalato; grazie
looked-at-what-you-reported-and = ha esaminato quanto da lei segnalato e lo ha lasciato invariato
warned-you-about-something-you-published = le ha inviato un avvertimento su un contenuto da lei pubblicato; consulti le regole del nodo
did-something = ha compiuto un'azione
transition-map-phase = Fase della Mappa della transizione
year = Anno
not-started = Non iniziata
in-progress-2 = In corso
done = Completata
moderators-approve-new-members = I moderatori approvano i nuovi membri
open-to-all = Aperto a tutti
everyone = Tutti
members-only = Solo membri
people-2 = Persone
cities-and-organisations = Città e organizzazioni
group = Gruppo
resource-2 = Risorsa
event = Evento
content = Contenuto
mon = Lun
tue = Mar
wed = Mer
thu = Gio
fri = Ven
sat = Sab
sun = Dom
yes-2 = Sì
no-2 = No

## counts and names: messages with arguments

resource-count = { $count ->
    [one] { $count } risorsa
   *[other] { $count } risorse
}
all-resource-count = { $count ->
    [one] L'unica risorsa
   *[other] Tutte le { $count } risorse
}
follower-count = { $count ->
    [one] { $count } follower
   *[other] { $count } follower
}
following-count = { $count } seguiti
followers-known-here-count = { $count ->
    [one] { $count } follower noto su questo nodo
   *[other] { $count } follower noti su questo nodo
}
member-count = { $count ->
    [one] { $count } membro
   *[other] { $count } membri
}
steps-done-of-total = { $done } / { $total } tappe completate
steps-done-out-of = { $done } di { $total } tappe completate
steps-done-count = { $done ->
    [one] { $done } tappa completata
   *[other] { $done } tappe completate
}
in-progress-count = { $count } in corso
map-steps-done = { $done } di { $total } tappe della Mappa della transizione completate
participant-count = { $count ->
    [one] { $count } partecipante
   *[other] { $count } partecipanti
}
places-taken-count = { $taken } / { $capacity } posti occupati
capacity-places = { $count ->
    [one] ({ $count } posto)
   *[other] ({ $count } posti)
}
import-summary = Elementi importati: { $resources } risorse, { $events } eventi, { $posts } post, { $follows } account seguiti.
import-already-here = { $count ->
    [one] { $count } elemento era già presente e non è stato pubblicato di nuovo.
   *[other] { $count } elementi erano già presenti e non sono stati pubblicati di nuovo.
}
earlier-reports-summary = Segnalazioni precedenti: { $account } su questo account, { $domain-count } su { $domain }
finance-matrix-reloaded-options = Matrice dei finanziamenti ricaricata ({ $count } opzioni)
rule-saved-for-domain = Regola salvata per { $domain }
subscribed-to-domain = Iscrizione a { $domain } effettuata
unsubscribed-from-domain = Iscrizione a { $domain } annullata
domain-blocked = { $domain } bloccato
invited-person = Invito inviato a { $handle }
comment-by-name = Commento di { $name }
the-moderators-of-domain = I moderatori di { $domain }
phase-number = Fase { $number }

## languages

interface-language = Lingua dell'interfaccia
change-language = Cambia
language-as-the-browser-asks = Come richiesto dal browser
node-default-language = Lingua predefinita dell'interfaccia
node-default-language-hint = Per i visitatori il cui browser non richiede nessuna delle lingue in cui Cairn è disponibile, e per la riga di comando.
## units after figures

unit-thousand = mila
unit-million = mln
unit-billion = mld
unit-co2e-per-year = CO₂e/anno

## labels chosen by code, later

this-node-timeline = Questo nodo
everything-known-timeline = Tutto ciò che è noto
removed-by = Contenuto rimosso da { $moderator }, { $when }
account-warned-by = Account avvertito da { $moderator }, { $when }
account-limited-by = Account limitato da { $moderator }, { $when }
account-suspended-by = Account sospeso da { $moderator }, { $when }
dismissed-by = Archiviata da { $moderator }, { $when }
report-reason-spam = Spam o pubblicità
report-reason-abuse = Molestie, odio o minacce
report-reason-illegal = Contenuti illegali
report-reason-misleading = Informazioni false o fuorvianti
report-reason-rule = Viola una delle regole di questo nodo
report-reason-other = Altro motivo
phases = Fasi
place = Luogo
period = Periodo
emissions-avoided = Emissioni evitate
investment = Investimento
name-organisation-or-topic = Nome, organizzazione o argomento
role-or-job-title = Ruolo o qualifica
the-token-was-revoked = Il token è stato revocato.
thank-you-the-moderators-here-will-look-forwarded = Grazie. I moderatori di questo nodo la esamineranno, e la segnalazione è stata inoltrata anche a quelli del server da cui proviene il contenuto.
it-disappears-from-this-node-resource = La risorsa scompare da questo nodo, e a ogni nodo e server che ne conserva una copia viene chiesto di eliminarla. L'operazione non può essere annullata.

## errors: what a form, the API or the command line answers

that-username-is-reserved = questo nome utente è riservato
enter-an-email-address-like-name-city = inserire un indirizzo e-mail come name@city.example
name-the-token-in-at-most-100 = dare al token un nome di massimo 100 caratteri
a-password-has-10-to-512-characters = la password ha da 10 a 512 caratteri
a-role-is-admin-moderator-or-member = il ruolo è admin, moderator o member
enter-your-username = inserire il nome utente
enter-your-password = inserire la password
choose-a-time-zone-such-as-europe = scegliere un fuso orario come Europe/Paris
an-event-ends-after-it-starts = un evento termina dopo il suo inizio
enter-the-webinars-https-address = inserire l'indirizzo https:// del webinar
give-an-address-a-webinar-link-or = indicare un indirizzo, un link al webinar o entrambi
capacity-is-a-number-of-people-zero = i posti sono un numero di persone, zero o più
joining-is-free-approval-invite-or-external = la partecipazione è free, approval, invite o external
an-event-is-confirmed-tentative-or-cancelled = un evento è confirmed, tentative o cancelled
choose-a-language-e-g-en-fr = scegliere una lingua, ad es. en, fr or de
use-at-most-20-short-topic-tags = usare al massimo 20 tag brevi per gli argomenti
write-something-or-attach-a-file = scrivere qualcosa o allegare un file
a-group-name-has-2-to-100 = il nome di un gruppo ha da 2 a 100 caratteri
keep-the-description-under-5000-characters = la descrizione deve restare sotto i 5000 caratteri
keep-each-topic-under-50-characters = ogni argomento deve restare sotto i 50 caratteri
use-at-most-20-topics = usare al massimo 20 argomenti
choose-open-approval-or-invite = scegliere open, approval o invite
choose-public-or-members = scegliere public o members
enter-a-handle-like-anna-city-example = inserire un handle come @anna@city.example o l'indirizzo https:// di un attore
enter-a-domain-like-city-example = inserire un dominio come city.example
enter-the-nodes-name = inserire il nome del nodo
enter-a-pictures-https-address = inserire l'indirizzo https:// di un'immagine
enter-an-e-mail-address-or-an = inserire un indirizzo e-mail o un indirizzo https://
choose-one-of-the-languages-the-interface = scegliere una delle lingue in cui è disponibile l'interfaccia
list-at-most-20-areas-of-expertise = indicare al massimo 20 competenze
missing = mancante
give-the-address-https-of-what-you = indicare l'indirizzo (https://…) di ciò che si segnala
choose-why-you-report-this = scegliere il motivo della segnalazione
this-node-has-published-no-rules-choose = questo nodo non ha pubblicato regole; scegliere un altro motivo
use-the-two-letter-country-code-e = usare il codice del paese di due lettere, ad es. FR
choose-the-kind-of-resource = scegliere il tipo di risorsa
transition-map-phases-are-numbered-1-to = le fasi della Mappa della transizione sono numerate da 1 a 6
use-at-most-20-topic-tags = usare al massimo 20 tag per gli argomenti
the-period-cannot-end-before-it-starts = il periodo non può terminare prima di iniziare
enter-a-positive-number = inserire un numero positivo
attach-at-most-20-links = allegare al massimo 20 link
attach-at-most-20-files-and-links = allegare al massimo 20 file e link in tutto
an-attachment-needs-an-https-address = un allegato richiede un indirizzo https://
choose-not-started-in-progress-or-done = scegliere not_started, in_progress o done
not-found = non trovato
text-cannot-contain-nul-characters = il testo non può contenere caratteri NUL
this-account-is-suspended-by-the-nodes = questo account è sospeso dai moderatori del nodo
something-went-wrong-on-this-node = si è verificato un errore su questo nodo
that-already-exists = esiste già
the-nodes-outbox-has-pages-resources-and = l'outbox del nodo ha le pagine `resources` e `events`
no-such-activity = attività inesistente
only-the-nodes-organisation-keeps-a-transition = solo l'organizzazione del nodo tiene un percorso di transizione
only-groups-have-moderators = solo i gruppi hanno moderatori
this-post-is-not-public-sign-the = questo post non è pubblico: firmare la richiesta
servers-must-be-between-1-and-1000 = servers deve essere compreso tra 1 e 1000
no-deliveries-to-that-domain-yet = ancora nessuna consegna a quel dominio
no-such-event = evento inesistente
no-organiser = nessun organizzatore
only-members-read-this-groups-posts = solo i membri leggono i post di questo gruppo
send-the-file-as-the-form-field = inviare il file nel campo del modulo `file`
send-a-json-object = inviare un oggetto JSON
send-the-body-as-application-json = inviare il corpo come application/json
cursor-must-be-a-value-from-an = cursor deve essere un valore di un `next` precedente
the-action-is-limit-unlimit-suspend-or = l'azione è limit, unlimit, suspend o unsuspend
gone = non esiste più
no-such-resource = risorsa inesistente
no-such-author = autore inesistente
no-such-post = post inesistente
no-such-account = account inesistente
no-such-group = gruppo inesistente
name-a-domain-such-as-city-example = indicare un dominio come city.example
no-such-status = post inesistente
no-token = token mancante
invalid-token = token non valido
this-token-has-no-user = questo token non ha un utente
this-action-is-outside-the-authorized-scopes = Questa azione non rientra nelle autorizzazioni concesse
unknown-client-id-register-the-app-first = client_id sconosciuto: registrare prima l'app
response-type-must-be-code = response_type deve essere code
unknown-client-id = client_id sconosciuto
you-denied-the-app-access = ha negato l'accesso all'app
name-the-account = indicare l'account
delete-case-studies-and-events-from-their = eliminare casi di studio ed eventi dalle rispettive pagine
metrics-are-for-administrators-and-the-networks = le metriche sono riservate agli amministratori e alle reti in server.metrics_networks
no-such-api-endpoint = endpoint API inesistente
log-in-first = accedere prima
only-administrators-can-do-this = solo gli amministratori possono farlo
send-an-api-token-as-authorization-bearer = inviare un token API come `Authorization: Bearer …`
this-api-token-is-not-valid-revoked = questo token API non è valido (revocato o scaduto?)
this-account-is-waiting-for-approval = questo account è in attesa di approvazione
choose-mute-or-block = scegliere silenzia o blocca
this-event-is-served-by-its-own = questo evento è servito dal proprio nodo
only-the-organiser-can-change-this-event = solo l'organizzatore può modificare questo evento
no-such-action = azione inesistente
there-is-no-page-at-this-address = nessuna pagina a questo indirizzo
no-such-member = membro inesistente
this-resource-is-served-by-its-own = questa risorsa è servita dal proprio nodo
only-the-author-can-change-this-resource = solo l'autore può modificare questa risorsa
no-such-comment = commento inesistente
this-nodes-interface-is-not-shipped-in = l'interfaccia di questo nodo non è disponibile in quella lingua
nothing-on-this-node-has-that-address = nulla su questo nodo ha quell'indirizzo
lists-of-remote-actors-live-on-their = gli elenchi degli attori remoti si trovano sul loro server
you-cannot-remove-this-post = non può rimuovere questo post
enter-a-number-of-days-or-leave = inserire un numero di giorni o lasciare vuoto
the-transition-map-has-no-such-step = la Mappa della transizione non ha questa tappa
explore-has-no-such-tool-type = Esplora non ha questo tipo di strumento
add-resource-acct-name-domain = aggiungere ?resource=acct:name@domain
resource-must-be-acct-name-domain = resource deve essere acct:name@domain
no-such-account-on-this-node = account inesistente su questo nodo
that-username-or-email-is-taken = questo nome utente o indirizzo e-mail è già in uso
this-node-does-not-take-new-registrations = questo nodo non accetta nuove registrazioni
wrong-username-or-password = nome utente o password errati
your-account-is-waiting-for-an-administrators = il suo account è in attesa dell'approvazione di un amministratore
a-rule-is-allow-limit-or-block = una regola è allow, limit o block
that-is-this-nodes-own-domain = questo è il dominio di questo stesso nodo
you-cannot-take-away-your-own-administrator = non è possibile togliersi il ruolo di amministratore
choose-the-archive-file-to-import = scegliere il file dell'archivio da importare
this-is-not-a-cairn-account-archive = questo non è un archivio di account Cairn (versione 1)
name-an-account-name-domain-or-its = indicare un account (@name@domain o il suo indirizzo) o un dominio
that-is-this-node-block-or-mute = questo è il nodo stesso; bloccarne o silenziarne gli account uno per uno
this-nodes-groups-and-its-own-account = i gruppi di questo nodo e il suo account non possono essere bloccati né silenziati
you-cannot-block-or-mute-yourself = non è possibile bloccare o silenziare il proprio account
this-account-does-not-accept-that-from = questo account non accetta questa azione da lei
this-event-was-cancelled = questo evento è stato annullato
this-event-is-over = questo evento è terminato
this-event-takes-registrations-on-its-own = le iscrizioni a questo evento si fanno sul suo sito
the-organiser-is-gone = l'organizzatore non esiste più
this-event-lives-on-another-node-change = questo evento si trova su un altro nodo; modificarlo lì
this-event-is-by-invitation-only = questo evento è solo su invito
you-are-not-taking-part-in-this = non partecipa a questo evento
only-the-organiser-decides-who-takes-part = solo l'organizzatore decide chi partecipa
no-such-request-to-join = richiesta di adesione inesistente
no-such-person = persona inesistente
which-event = quale evento?
no-such-event-on-this-node = evento inesistente su questo nodo
only-the-organiser-answers-a-request-to = solo l'organizzatore risponde a una richiesta di partecipazione
the-event-names-no-organiser-attributedto = l'evento non indica alcun organizzatore (attributedTo)
only-its-organiser-can-publish-or-change = solo il suo organizzatore può pubblicare o modificare questo evento
this-event-lives-here = questo evento si trova qui
only-the-organiser-can-delete-this-event = solo l'organizzatore può eliminare questo evento
you-are-already-taking-part = partecipa già
you-asked-to-join-already-the-organiser = ha già chiesto di partecipare; decide l'organizzatore
this-event-is-full = questo evento è al completo
you-asked-to-join-already = ha già chiesto di partecipare
you-cannot-follow-yourself = non è possibile seguire il proprio account
log-in-to-look-up-accounts-and = accedere per cercare account e risorse su altri server
the-follower-is-gone = il follower non esiste più
no-such-follow-request = richiesta di follow inesistente
only-the-followed-actor-can-answer-a = solo l'attore seguito può rispondere a una richiesta di follow
only-the-follower-can-undo-a-follow = solo il follower può annullare un follow
that-handle-is-taken-choose-another = questo handle è già in uso; sceglierne un altro
choose-admin-moderator-or-member = scegliere admin, moderator o member
roles-go-to-members-of-this-node = i ruoli si assegnano ai membri di questo nodo
group-gone = il gruppo non esiste più
this-group-is-moderated-on-its-own = questo gruppo è moderato sul proprio nodo
only-the-groups-moderators-can-do-this = solo i moderatori del gruppo possono farlo
only-the-groups-administrators-can-do-this = solo gli amministratori del gruppo possono farlo
this-group-is-by-invitation-only = questo gruppo è solo su invito
that-person-is-not-a-member = questa persona non è membro
administrators-cannot-be-removed = gli amministratori non possono essere rimossi
only-the-nodes-administrators-record-the-citys = solo gli amministratori del nodo registrano il percorso della città
only-a-city-itself-can-publish-its = solo la città stessa può pubblicare il proprio percorso
this-file-is-attached-already-edit-what = questo file è già allegato; modificare ciò a cui è allegato
no-such-file-of-yours = non ha un file di questo tipo
no-such-file = file inesistente
nothing-on-this-node-has-that-address-2 = nulla su questo nodo ha quell'indirizzo; segnalare dalla pagina che lo mostra
this-is-your-own-change-or-delete = è un suo contenuto; modificarlo o eliminarlo piuttosto
the-action-is-dismiss-remove-warn-limit = l'azione è dismiss, remove, warn, limit o suspend
an-account-is-not-removed-limit-or = un account non si rimuove; limitarlo o sospenderlo piuttosto
you-cannot-limit-or-suspend-yourself = non è possibile limitare o sospendere il proprio account
this-nodes-groups-and-its-own-actor = i gruppi di questo nodo e il suo attore non vengono limitati né sospesi
status-is-open-dismissed-removed-warned-limited = status è open, dismissed, removed, warned, limited o suspended
only-moderators-and-administrators-can-do-this = solo moderatori e amministratori possono farlo
owner-gone = il proprietario non esiste più
no-such-report = segnalazione inesistente
only-an-administrator-can-limit-or-suspend = solo un amministratore può limitare o sospendere un amministratore
this-account-was-suspended-or-deleted-by = questo account è stato sospeso o eliminato dal suo server
you-reported-this-already-the-moderators-have = ha già inviato questa segnalazione; i moderatori l'hanno ricevuta
an-account-is-not-an-alias-of = un account non è un alias di sé stesso
a-person-or-an-organisation-moves-to = una persona o un'organizzazione si trasferisce su un account, non su un gruppo
a-group-moves-to-another-group = un gruppo si trasferisce in un altro gruppo
an-account-cannot-move-to-itself = un account non può trasferirsi su sé stesso
a-group-moves-to-a-group-and = un gruppo si trasferisce in un gruppo, e solo un gruppo può farlo
an-app-needs-a-name-of-up = un'app richiede un nome di massimo 100 caratteri
give-at-least-one-redirect-uri = indicare almeno un URI di reindirizzamento
this-redirect-uri-was-not-registered-by = questo URI di reindirizzamento non è stato registrato dall'app
the-app-asks-for-scopes-it-did = l'app chiede autorizzazioni che non ha registrato
invalid-client-the-client-id-or-secret = invalid_client: l'id o il segreto del client sono errati
invalid-grant-the-code-is-wrong-used = invalid_grant: il codice è errato, già usato o scaduto
invalid-grant-wrong-username-or-password = invalid_grant: nome utente o password errati
no-actor = nessun attore
another-process-has-taken-this-reading-over = un altro processo ha preso in carico questa lettura
this-reading-was-ended = questa lettura è stata terminata nel frattempo
there-is-no-such-post-here-to = qui non esiste il post a cui rispondere
join-the-group-before-posting-in-it = aderire al gruppo prima di pubblicarvi
author-gone = l'autore non esiste più
only-the-author-or-the-groups-moderators = solo l'autore o i moderatori del gruppo possono rimuovere questo post
only-its-author-can-publish-this-note = solo il suo autore può pubblicare questa nota
only-members-can-post-in-this-group = solo i membri possono pubblicare in questo gruppo
a-removal-names-a-post = una rimozione indica un post
the-announced-post-has-no-id = il post condiviso non ha un id
the-group-passed-on-a-post-that = il gruppo ha condiviso un post che non appartiene al gruppo
a-group-can-only-remove-its-own = un gruppo può rimuovere solo i propri post
only-its-author-or-its-group-can = solo il suo autore o il suo gruppo possono eliminare questo post
only-its-author-can-change-this-post = solo il suo autore può modificare questo post
only-public-posts-can-be-reblogged = solo i post pubblici possono essere condivisi
the-like-has-no-object = il Like non ha un oggetto
only-who-liked-something-can-undo-it = solo chi ha messo il like può annullarlo
write-something-first = scrivere prima qualcosa
keep-comments-under-5000-characters = i commenti devono restare sotto i 5000 caratteri
this-resource-lives-on-another-node-change = questa risorsa si trova su un altro nodo; modificarla lì
no-author = nessun autore
only-its-author-can-publish-or-change = solo il suo autore può pubblicarlo o modificarlo
the-updated-object-has-no-id = l'oggetto aggiornato non ha un id
the-deleted-object-has-no-id = l'oggetto eliminato non ha un id
the-announced-object-has-no-id = l'oggetto condiviso non ha un id
give-a-domain-or-a-url = indicare un dominio o un URL
this-node-cannot-subscribe-to-itself = questo nodo non può iscriversi a sé stesso
the-nodes-application-actor-is-missing = manca l'attore applicazione del nodo
only-the-subscribed-server-can-answer-its = solo il server a cui ci si è iscritti può rispondere all'iscrizione
you-have-no-such-token = non ha un token di questo tipo

## errors with arguments

this-is-required = questo campo è obbligatorio
write-at-least-characters = { $min ->
    [one] scrivere almeno { $min } carattere
   *[other] scrivere almeno { $min } caratteri
}
keep-this-under-characters = { $max ->
    [one] questo testo deve avere meno di { $max } carattere
   *[other] questo testo deve avere meno di { $max } caratteri
}
publish-at-most-rules = { $count ->
    [one] pubblicare al massimo { $count } regola
   *[other] pubblicare al massimo { $count } regole
}
attach-at-most-files-to-a-post = allegare al massimo { $count } file a un post
keep-posts-under-characters = { $max ->
    [one] i post devono avere meno di { $max } carattere
   *[other] i post devono avere meno di { $max } caratteri
}
choose-which-rule-it-breaks = scegliere quale regola viene violata (da 1 a { $count })
file-says-it-is-but-is = questo file si dichiara { $claimed } ma è { $detected }
a-file-may-be-at-most = un file può pesare al massimo { $size }
the-map-has-no-step = la Mappa della transizione non ha la tappa «{ $step }»
keep-notes-under-characters = { $max ->
    [one] le note devono avere meno di { $max } carattere
   *[other] le note devono avere meno di { $max } caratteri
}
link-at-most-pieces-of-evidence = { $count ->
    [one] collegare al massimo { $count } evidenza
   *[other] collegare al massimo { $count } evidenze
}
is-not-a-web-link = «{ $link }» non è un link http(s)
is-not-a-sector-cairn-knows = { $sector } non è un settore noto a Cairn
is-not-a-step-of-the-map = { $step } non è una tappa della Mappa della transizione
is-not-a-tool-type = { $tool } non è un tipo di strumento del catalogo di Esplora
this-form-has-expired-or-came-from = questo modulo è scaduto o proviene da un altro sito; ricaricare la pagina e riprovare
finance-starting-score = Punteggio iniziale per questo tipo di finanziamento.
finance-often-used-in-sector = Usato spesso nel settore «{ $sector }».
username-length = un nome utente ha da 2 a 30 caratteri
username-first-letter = un nome utente inizia con una lettera minuscola
username-letters = un nome utente usa solo lettere minuscole, cifre e _

# Resources in several languages
translations = Traduzioni
the-same-resource-in-other-languages = La stessa risorsa in altre lingue. Compila un blocco per aggiungerne una; svuota un blocco per togliere quella versione.
translation-number = Traduzione { $number }
languages-of-this-page = Lingue di questa pagina
read-in = Leggi in:
original = originale
add-at-most-translations = aggiungi al massimo { $max } traduzioni
translation-problem = Traduzione «{ $language }»: { $problem }
a-translation-is-in-another-language = una traduzione è in una lingua diversa dall’originale
this-language-has-a-translation-already = questa lingua ha già una traduzione
the-same-event-in-other-languages = Lo stesso evento in altre lingue. Compila un blocco per aggiungerne una; svuota un blocco per togliere quella versione.
the-same-group-in-other-languages = Il nome e la descrizione del gruppo in altre lingue. Compila un blocco per aggiungerne una; svuota un blocco per togliere quella versione.

# Errors of the services and the API (the message; the error code stays English)
host-is-not-this-node = { $host } non è questo nodo
there-is-no-one-called-on-this-node = su questo nodo non c'è nessuno di nome { $name }
report-at-most-statuses-at-once = segnalare al massimo { $max } post alla volta
status-is-not-by-this-account = il post { $id } non è di questo account
text-character-limit-exceeded = Superato il limite di { $max } caratteri per il testo
is-not-a-media-id = { $id } non è un ID di media
malformed-json = JSON malformato: { $problem }
malformed-url = URL malformato: { $problem }
unsupported-grant-type = grant_type { $grant } non supportato
the-form-could-not-be-read = impossibile leggere il modulo: { $problem }
nobody-called-is-known-here = qui non si conosce nessuno di nome { $handle }
send-at-most-files-at-a-time = inviare al massimo { $max } file alla volta
is-not-a-sector = «{ $value }» non è un settore
a-request-body-may-be-at-most-bytes = il corpo di una richiesta può pesare al massimo { $max } byte
name-at-most-accounts = indicare al massimo { $max } account
account-moved-to = { $account } si è trasferito su { $target }
cannot-check-the-new-account = impossibile verificare il nuovo account { $account }: { $problem }
does-not-name-as-an-alias = { $account } non indica { $old } come alias
is-not-on-the-server-of = { $url } non si trova sul server di { $owner }
is-not-a-group = { $name } non è un gruppo
this-group-moved-to = questo gruppo si è trasferito su { $target }
was-removed-by-this-nodes-moderators = { $url } è stato rimosso dai moderatori di questo nodo
is-a-kind-cairn-does-not-show = { $url } è di tipo { $kind }, che Cairn non mostra
is-not-a-picture-but = { $url } è { $kind }, non un'immagine
this-report-was-handled-already = questa segnalazione è già stata gestita ({ $status })
is-neither-a-domain-nor-a-url = «{ $value }» non è né un dominio né un URL
is-not-a-url = «{ $value }» non è un URL
is-blocked-on-this-node = { $domain } è bloccato su questo nodo
no-subscription-to = nessuna iscrizione a { $domain }
cannot-find = impossibile trovare { $name }: { $problem }
you-do-not-block = non ha bloccato { $name }
you-do-not-mute = non ha silenziato { $name }
there-is-no-account = non esiste l'account { $name }
there-is-no-rule-for = nessuna regola per { $domain }
unknown-scope = autorizzazione sconosciuta: { $scope }
is-not-a-uri = { $value } non è un URI
only-its-author-can-change-it = solo il suo autore può modificarlo
this-image-cannot-be-read = impossibile leggere questa immagine: { $problem }
is-not-a-file-of-yours-to-attach = { $id } non è un suo file che si possa allegare
choose-one-picture = scegliere una sola immagine
no-account-here = nessun account { $name } qui
you-do-not-follow = non segue { $name }
cannot-mention = impossibile menzionare { $name }: { $problem }
this-file-is-not-a-cairn-account-archive = questo file non è un archivio di account Cairn ({ $problem })
choose-a-picture-by-uploading-it = scegliere un'immagine di questo nodo caricandola, non tramite il suo indirizzo
this-contains-control-characters = questo testo contiene caratteri di controllo
choose-a-country-from-the-list = scegliere un paese dall'elenco
enter-a-date-and-time-like = inserire una data e un'ora come 2026-03-29T10:00
that-time-does-not-exist-in = quest'ora non esiste in { $zone }: è il momento del cambio dell'ora
that-username-is-taken = questo nome utente è già in uso
an-account-with-this-email-exists = esiste già un account con questo indirizzo e-mail
group-handle-length = l'handle di un gruppo ha da 2 a 30 caratteri
group-handle-first-letter = l'handle di un gruppo inizia con una lettera minuscola
group-handle-letters = l'handle di un gruppo usa solo lettere minuscole, cifre e _
that-group-handle-is-reserved = questo handle di gruppo è riservato
too-many-log-in-attempts-for-this-account = troppi tentativi di accesso per questo account
too-many-log-in-attempts-from-this-address = troppi tentativi di accesso da questo indirizzo
too-many-new-accounts-from-this-address = troppi nuovi account da questo indirizzo
too-many-changes-in-a-short-time = troppe modifiche in poco tempo
too-many-activities-from-this-server = troppe attività da questo server
too-many-activities-from-this-actor = troppe attività da questo attore
try-again-in-seconds = { $problem }; riprova tra { $seconds } s

# The command line (cairn …), in the language of LC_ALL, LC_MESSAGES or LANG
cli-cannot-read-file = impossibile leggere { $path }: { $problem }
cli-matrix-is-valid = { $path }: valido ({ $questions } domande, { $options } opzioni di finanziamento)
cli-database-is-up-to-date = il database è aggiornato ({ $backend })
cli-pass-password-stdin = usare --password-stdin e digitare la password sullo standard input
cli-cannot-read-the-password = impossibile leggere la password: { $problem }
cli-created-account = creato l'account { $handle } con ruolo { $role } ({ $id })
cli-removing-illustrative-resources = rimozione delle risorse dimostrative: { $done }
cli-removed-illustrative-resources = rimosse { $count } risorse dimostrative e l'account dimostrativo
cli-seeding-illustrative-resources = creazione delle risorse dimostrative: { $done }/{ $total } ({ $percent } %)
cli-added-illustrative-resources = aggiunte { $count } risorse dimostrative in { $seconds } s
cli-revoked-tokens = { $count ->
    [one] revocato { $count } token API di { $name }
   *[other] revocati { $count } token API di { $name }
}
cli-role-is-set = { $name } ora ha il ruolo { $role }
cli-counts-rebuilt = conteggi della mappa, di Esplora, della dashboard e del repository ricalcolati dalle risorse in { $seconds } s
cli-search-rebuilt = elenchi di ricerca ricostruiti da { $count } risorse in { $seconds } s
cli-search-rebuilt-by-itself = Il motore di ricerca di SQLite si ricostruisce da solo: ferma Cairn, elimina la cartella { $folder } e avvia Cairn
cli-worker-started = processo worker di Cairn per { $url } (database { $backend }): consegne in corso, niente HTTP
cli-cannot-listen-on = impossibile mettersi in ascolto su { $address }
cli-listening = Cairn è in ascolto su { $address } come { $url } (database { $backend })
cli-listening-web-only = Cairn è in ascolto su { $address } come { $url } (database { $backend }, solo web: le consegne sono effettuate dai processi worker)
cli-cannot-read-config-file = impossibile leggere il file di configurazione { $path }: { $problem }
cli-invalid-config-file = file di configurazione non valido: { $problem }
cli-config-section-must-be-a-table = la sezione di configurazione [{ $section }] deve essere una tabella
cli-invalid-configuration = configurazione non valida: { $problem }
cli-server-bind-must-be-an-address = server.bind deve essere un indirizzo come 127.0.0.1:8080, non «{ $value }»
cli-tls-cert-and-key-together = server.tls_cert e server.tls_key vanno impostati insieme
cli-max-connections-at-least-one = database.max_connections deve essere almeno 1
