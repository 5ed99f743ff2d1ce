# Die Oberfläche von Cairn auf Deutsch: dieselben IDs wie im englischen Referenzkatalog.

## shared

unsubscribe = Abbestellen
blocked = Blockiert
resources = { $count ->
    [one] Ressource
   *[other] Ressourcen
}
upcoming-events-2 = Anstehende Veranstaltungen
online = Online
events = Veranstaltungen
publish-an-event = Veranstaltung veröffentlichen
you-take-part = Sie nehmen teil.
saved = Gespeichert.
remove-from-the-group = Aus der Gruppe entfernen
knowledge-repository = Wissensdatenbank
publish-a-resource = Ressource veröffentlichen
overview = Übersicht
remove-it = Entfernen
name = Name
description = Beschreibung
yes = ja
no = nein
feed = Neuigkeiten
home = Startseite
knowledge = Wissen
groups = Gruppen
directory = Verzeichnis
explore = Entdecken
dashboard = Dashboard
notifications = Benachrichtigungen
reports = Meldungen
admin = Verwaltung
log-in = Anmelden
register = Registrieren
report = Melden
sectors = Sektoren
country = Land
expertise = Fachgebiete
from = Von
pages = Seiten
from-inline = von
sector = Sektor
all-sectors = Alle Sektoren
filter = Filtern
when = Wann
nobody-yet = Noch niemand.
accept = Annehmen
reject = Ablehnen
title = Titel
address = Adresse
status = Status
topics = Themen
language = Sprache
save = Speichern
search = Suchen
kind = Art
city = Stadt
audit-log = Prüfprotokoll
rule = Regel
block = Blockieren
blocks-and-mutes = Blockierungen und Stummschaltungen
resources-2 = Ressourcen
actions = Aktionen
timelines = Zeitleisten
no-groups-yet = Noch keine Gruppen.
find-people = Personen finden
remove = Entfernen
role = Rolle
move-the-group = Gruppe umziehen
this-group-has-moved-to = Diese Gruppe ist umgezogen nach

## admin

the-nodes-identity-is-saved = Die Identität des Knotens ist gespeichert.
the-nodes-rules-are-published = Die Regeln des Knotens sind veröffentlicht.
rule-removed = Regel entfernt.
account-approved = Konto freigegeben.
unsubscribe-from-this-node = Diesen Knoten abbestellen?
this-node-stops-gathering-its-work = Dieser Knoten sammelt dessen Arbeit nicht mehr; bereits Gesammeltes bleibt bis zur nächsten Aktualisierung erhalten.
## auth

an-administrator-approves-new-accounts-before = Neue Konten werden von der Administration freigegeben, bevor eine Anmeldung möglich ist.
this-node-does-not-take-new = Dieser Knoten nimmt keine neuen Registrierungen an.
welcome-tell-colleagues-who-you-are = Willkommen! Stellen Sie sich Ihren Kolleginnen und Kollegen vor.
thank-you-an-administrator-will-approve = Vielen Dank. Ihr Konto wird in Kürze von der Administration freigegeben.
you-are-logged-out = Sie sind abgemeldet.
nodes-sharing = { $count ->
    [one] beteiligter Knoten
   *[other] beteiligte Knoten
}
people = { $count ->
    [one] Person
   *[other] Personen
}
upcoming-events = { $count ->
    [one] anstehende Veranstaltung
   *[other] anstehende Veranstaltungen
}

## blocks

unblocked = Blockierung aufgehoben.
unmuted = Stummschaltung aufgehoben.
blocked-follows-between-you-ended = Blockiert. Das gegenseitige Folgen wurde beendet.
muted = Stummgeschaltet.

## events

past-events = Vergangene Veranstaltungen
upcoming = Demnächst
past = Vergangen
month = Monat
saved-participants-and-followers-are-told = Gespeichert. Teilnehmende und Follower werden benachrichtigt.
published-it-appears-in-your-followers = Veröffentlicht. Die Veranstaltung erscheint in den Kalendern Ihrer Follower.
edit-event = Veranstaltung bearbeiten
your-request-to-join-is-sent = Ihre Teilnahmeanfrage wurde gesendet.
you-no-longer-take-part = Sie nehmen nicht mehr teil.
tentative = Vorläufig
cancelled = Abgesagt
calendar-views = Kalenderansichten
online-only = Nur online
subscribe-to-this-calendar-ical = Diesen Kalender abonnieren (iCal)
no-events-here-yet-follow-more = Hier gibt es noch keine Veranstaltungen. Folgen Sie weiteren Städten, um deren Veranstaltungen zu sehen, oder veröffentlichen Sie selbst eine.
this-event-will-not-take-place = Diese Veranstaltung findet nicht statt.
the-events-picture = Bild der Veranstaltung
where = Wo
the-link-is-shown-to-participants = Der Link wird Teilnehmenden angezeigt, sobald sie teilnehmen.
the-organisers-node-sends-the-link = Der Knoten der Veranstaltenden sendet den Link an die Teilnehmenden; er ist hier noch nicht eingetroffen.
organiser = Veranstaltet von
participants = Teilnehmende
you-asked-to-join-the-organiser = Sie haben um Teilnahme gebeten; die Veranstaltenden entscheiden.
your-request-was-not-accepted = Ihre Anfrage wurde nicht angenommen.
leave = Nicht mehr teilnehmen
take-part = Teilnehmen
log-in-to-take-part = Zur Teilnahme anmelden
add-to-my-calendar-ics = Zu meinem Kalender hinzufügen (.ics)
edit-or-cancel = Bearbeiten oder absagen
markdown = Markdown.
banner-picture = Bannerbild
what-the-banner-shows-alt-text = Was das Bannerbild zeigt (Alternativtext)
starts = Beginn
local-time-where-the-event-happens = Ortszeit am Veranstaltungsort.
ends = Ende
time-zone = Zeitzone
for-example-europe-paris = Zum Beispiel Europe/Paris
webinar-link = Webinar-Link
places-2 = Plätze
leave-empty-for-no-limit = Leer lassen für unbegrenzte Plätze.
taking-part-2 = Teilnahme
anyone-can-join = Alle können teilnehmen
the-organiser-approves-each = Die Veranstaltenden bestätigen jede Anmeldung
by-invitation = Auf Einladung
registration-elsewhere = Anmeldung an anderer Stelle
confirmed = Bestätigt
separate-with-commas = Durch Kommas getrennt

## follows

you-follow-them-now = Sie folgen jetzt diesem Konto.
follow-request-sent = Folgeanfrage gesendet.
you-no-longer-follow-them = Sie folgen diesem Konto nicht mehr.
request-accepted = Anfrage angenommen.
request-rejected = Anfrage abgelehnt.

## groups

group-saved = Gruppe gespeichert.
group-created = Gruppe erstellt.
the-groups-earlier-names-are-saved = Die früheren Namen der Gruppe sind gespeichert.
the-members-are-moving-to-the = Die Mitglieder ziehen in die neue Gruppe um.
welcome-to-the-group = Willkommen in der Gruppe.
request-sent-a-moderator-will-answer = Anfrage gesendet: Die Moderation wird antworten.
you-left-the-group = Sie haben die Gruppe verlassen.
posted-to-the-group = In der Gruppe veröffentlicht.
accepted = Angenommen.
refused = Abgelehnt.
remove-this-member-from-the-group = Dieses Mitglied aus der Gruppe entfernen?
they-stop-receiving-the-groups-posts = Das Mitglied erhält keine Beiträge der Gruppe mehr, und die Follower der Gruppe werden benachrichtigt.

## knowledge

published-your-followers-and-the-citys = Veröffentlicht. Ihre Follower und die der Stadt werden die Ressource sehen.
edit-resource = Ressource bearbeiten
saved-the-change-goes-out-to = Gespeichert. Die Änderung wird an alle gesendet, die die Ressource haben.
delete-this-resource = Diese Ressource löschen?
delete-it = Löschen
deleted-the-deletion-goes-out-to = Gelöscht. Die Löschung wird an alle gesendet, die die Ressource hatten.
comment-posted = Kommentar veröffentlicht.
illustrative-demo-data = Demodaten zur Veranschaulichung
search-case-studies-methods-videos = Fallstudien, Methoden, Videos durchsuchen…
filters = Filter
sort-by = sortiert nach
relevance = Relevanz
newest = neueste
atom-feed-of-this-search = Atom-Feed dieser Suche
this-page-is-past-the-last = Diese Seite liegt hinter dem letzten Ergebnis.
back-to-the-first-page = Zurück zur ersten Seite
this-node-holds-no-resources-yet = Dieser Knoten enthält noch keine Ressourcen.
publish-the-first-one = Veröffentlichen Sie die erste
or-follow-other-cities-to-gather = oder folgen Sie anderen Städten, um deren Arbeit hier zu sammeln.
did-you-mean = Meinten Sie:
search-syntax-hint = „Anführungszeichen“ für eine Wortfolge, OR für das eine oder andere Wort, -Wort, um eines auszuschließen, Wort* für Wörter, die so beginnen.
nothing-matches-try-fewer-words-or = Keine Treffer. Versuchen Sie es mit weniger Wörtern oder Filtern, oder folgen Sie weiteren Städten, um die Wissensdatenbank zu erweitern.
previous = Zurück
page = Seite
next = Weiter
illustrative-demo-data-not-a-real = Demodaten zur Veranschaulichung: keine echten Ergebnisse einer Stadt
by = Von
published-on = veröffentlicht auf
on-the-transition-map-and-in = Auf der Transformationskarte und in „Entdecken“
attachments = Anhänge
edit = Bearbeiten
delete = Löschen
comments = Kommentare
add-a-comment = Kommentar hinzufügen
comment = Kommentar
log-in-to-comment = Zum Kommentieren anmelden
preview = Vorschau
summary = Zusammenfassung
plain-text-a-few-sentences-mastodon = Reiner Text, einige Sätze: Mastodon zeigt ihn zusammen mit dem Titel an.
body-2 = Haupttext
markdown-bold-italic-links-https-lists = Markdown: **fett**, _kursiv_, [Links](https://…), Listen.
transition-map-phases = Phasen der Transformationskarte
transition-map-steps-it-helps-with = Schritte der Transformationskarte, bei denen sie hilft
explore-tool-types-it-is-an = Werkzeugtypen in „Entdecken“, für die sie ein Beispiel ist
separate-with-commas-e-g-citizen = Durch Kommas getrennt, z. B. Bürgerbeteiligung, Wärmepumpen
licence = Lizenz
for-example-cc-by-4-0 = Zum Beispiel CC BY 4.0
started-year = Beginn (Jahr)
ended-year = Ende (Jahr)
emissions-avoided-tco2e-per-year = Vermiedene Emissionen (tCO2e pro Jahr)
only-figures-you-can-stand-behind = Nur Zahlen, für die Sie einstehen können.
investment-eur = Investition (EUR)
people-reached = Erreichte Personen
add-files = Dateien hinzufügen
a-few-at-a-time-pdf = Einige auf einmal: PDF, Office-Dokumente, CSV, Text oder Bilder (JPEG, PNG, WebP, GIF; deren Standortdaten werden entfernt). Nach dem Senden erscheinen sie unten unter „Anhänge“, mit Vorschau oder Veröffentlichen.
what-the-files-show-alt-text = Was die Dateien zeigen (Alternativtext)
for-people-who-cannot-see-them = Für Menschen, die sie nicht sehen können; unter „Anhänge“ können Sie jeder Datei einen eigenen Titel geben.
one-per-line-address-title-media = Eine pro Zeile: Adresse | Titel | Medientyp
publishing-organisation = Veröffentlichende Organisation
publish = Veröffentlichen

## moderation

thank-you-the-moderators-here-will = Vielen Dank. Die Moderation dieses Knotens wird sich das ansehen.
a-person-here = einer Person auf diesem Knoten
a-person-here-whose-account-is = einer Person auf diesem Knoten, deren Konto nicht mehr besteht
removed-the-report-is-closed-and = Entfernt. Die Meldung ist geschlossen, und die meldende Person wird benachrichtigt.
dismissed-the-report-is-closed-and = Abgewiesen. Die Meldung ist geschlossen, und die meldende Person wird benachrichtigt.
warned-the-account-is-told-and = Verwarnt. Das Konto wird benachrichtigt, ebenso die meldende Person.
limited-the-account-is-left-out = Eingeschränkt. Das Konto erscheint nicht mehr in öffentlichen Zeitleisten, in der Suche und in Listen; seine Follower sehen es weiterhin.
suspended-nothing-more-is-taken-from = Gesperrt. Von diesem Konto wird nichts mehr angenommen, und seine Inhalte auf diesem Knoten sind entfernt.
report-to-the-moderators = An die Moderation melden
why-do-you-report-it = Warum melden Sie das?
which-rule-does-it-break = Gegen welche Regel verstößt es?
only-when-the-reason-is-one = Nur wenn der Grund eine der Regeln dieses Knotens ist.
none = Keine
what-should-the-moderators-know = Was sollte die Moderation wissen?
optional-up-to-1000-characters-moderators = Optional, bis zu 1000 Zeichen. Die Moderation liest es, ebenso die des anderen Servers, wenn Sie die Meldung dorthin senden.
also-send-the-report-to-the = Die Meldung auch an die Moderation senden von
it-goes-in-this-nodes-name = Sie wird im Namen dieses Knotens mit Ihrem Kommentar gesendet: Ihr Name wird nicht übermittelt.
send-the-report = Meldung senden
reports-by-state = Meldungen nach Status
open = Offen
removed = Entfernt
warned = Verwarnt
limited = Eingeschränkt
suspended = Gesperrt
dismissed = Abgewiesen
no-reports-here = Hier gibt es keine Meldungen.
no-longer-here = nicht mehr vorhanden
account = Konto
reported-by = Gemeldet von
none-about-this-account = Keine zu diesem Konto.
note-for-the-audit-log = Notiz für das Prüfprotokoll
warn-the-account = Konto verwarnen
limit-the-account = Konto einschränken
suspend-the-account = Konto sperren
dismiss = Abweisen
every-moderation-and-administration-action-as = Jede Moderations- und Verwaltungsaktion, so wie sie ausgeführt wurde. Hier kann niemand etwas daran ändern.
action = Aktion
any = Alle
done-by-username = Ausgeführt von (Benutzername)
show = Anzeigen
nothing-recorded-yet = Noch nichts aufgezeichnet.
who = Wer
target = Ziel
note = Notiz
unmute = Stummschaltung aufheben
mute = Stummschalten
unblock = Blockierung aufheben
nobody = Niemand.
a-blocked-account-cannot-follow-you = Ein blockiertes Konto kann Ihnen nicht folgen, Sie nicht erwähnen, nicht auf Ihre Veröffentlichungen antworten und nicht an Ihren Veranstaltungen teilnehmen; das gegenseitige Folgen endet, und sein Server wird benachrichtigt. Ein stummgeschaltetes Konto verschwindet lediglich aus Ihrem Feed und Ihren Benachrichtigungen; niemand wird benachrichtigt. Beides kann auch eine ganze Domain betreffen.
account-or-domain = Konto oder Domain
name-city-example-the-address-of = @name@city.example, die Adresse eines Kontos, oder eine Domain wie city.example
what-to-do = Was soll geschehen?
muted-2 = Stummgeschaltet

## profile

followers = Follower
following = Folge ich
your-profile-is-saved = Ihr Profil ist gespeichert.
your-other-accounts-are-saved = Ihre anderen Konten sind gespeichert.
your-followers-are-moving-to-your = Ihre Follower ziehen zu Ihrem neuen Konto um.
organisation = Organisation
this-account-has-moved-to = Dieses Konto ist umgezogen nach
this-profile-lives-on = Dieses Profil ist beheimatet auf
edit-your-profile = Ihr Profil bearbeiten
follow-requests = Folgeanfragen
no-requests-are-waiting = Es liegen keine Anfragen vor.
choose-whether-you-approve-followers = Legen Sie fest, ob Sie Follower bestätigen
edit-profile = Profil bearbeiten
display-name = Anzeigename
job-title = Funktion
where-you-work-e-g-city = Wo Sie arbeiten, z. B. Stadt Gent, Klimateam
separate-topics-with-commas-e-g = Themen durch Kommas trennen, z. B. Fernwärme, Radverkehr
about-you = Über Sie
your-picture = Ihr Bild
or-the-address-of-a-picture = Oder die Adresse eines Bildes an anderer Stelle
header-picture-across-the-top-of = Titelbild, oben über Ihrer Seite
or-the-address-of-a-header = Oder die Adresse eines Titelbildes an anderer Stelle
approve-each-new-follower-myself = Jeden neuen Follower selbst bestätigen
your-api-tokens = Ihre API-Tokens
move-your-account = Konto umziehen
coming-here-from-another-group = Umzug von einer anderen Gruppe hierher
coming-here-from-another-account = Umzug von einem anderen Konto hierher
name-the-group-this-one-takes = Nennen Sie die Gruppe, die diese übernimmt, und ziehen Sie sie dann von dort um: Ihre Mitglieder, Moderationsrechte und Diskussionen kommen hierher.
name-the-account-you-had-before = Nennen Sie das Konto, das Sie vorher hatten, und ziehen Sie es dann von dort um: Seine Follower folgen Ihnen dann hier.
the-groups-this-one-was-before = Die Gruppen, die diese vorher war
handles-like-heat-network-example-separated = Kennungen wie @heat@network.example, durch Kommas getrennt
your-other-accounts = Ihre anderen Konten
handles-like-anna-lyon-example-separated = Kennungen wie @anna@lyon.example, durch Kommas getrennt
your-data = Ihre Daten
download-your-data = Ihre Daten herunterladen
your-resources-events-public-posts-profile = : Ihre Ressourcen, Veranstaltungen, öffentlichen Beiträge, Ihr Profil und die Konten, denen Sie folgen, zum Import auf Ihrem neuen Knoten.
import-data-from-another-node = Daten von einem anderen Knoten importieren
moving-this-group-away = Diese Gruppe umziehen
moving-this-account-away = Dieses Konto umziehen
first-create-the-new-group-on = Erstellen Sie zuerst die neue Gruppe auf dem anderen Knoten und nennen Sie dort diese Gruppe. Die Mitglieder hier und auf anderen Servern treten der neuen Gruppe bei, deren Knoten die Moderation und die Diskussionen übernimmt; diese Gruppe verweist dann auf sie.
the-new-group = Die neue Gruppe
a-handle-like-heat-gent-example = Eine Kennung wie @heat@gent.example
move-the-members-to-it = Mitglieder dorthin umziehen
first-name-this-account-on-the = Nennen Sie zuerst dieses Konto auf dem neuen Konto. Ihre Follower hier und auf anderen Servern folgen dann dem neuen Konto; dieses verweist darauf.
your-new-account = Ihr neues Konto
a-handle-like-anna-gent-example = Eine Kennung wie @anna@gent.example
move-my-followers-to-it = Meine Follower dorthin umziehen
import-your-data = Ihre Daten importieren
not-imported = Nicht importiert
publish-here-as-this-account-the = Veröffentlichen Sie hier, unter diesem Konto, die Ressourcen, Veranstaltungen und öffentlichen Beiträge aus einem Archiv, das Sie von einem anderen Knoten heruntergeladen haben, und folgen Sie erneut den Konten, denen jenes Konto gefolgt ist. Bereits vorhandene Elemente werden nicht doppelt veröffentlicht.
archive-file = Archivdatei
the-cairn-json-file-from-download = Die Datei cairn-….json aus „Ihre Daten herunterladen“ auf Ihrem alten Knoten (höchstens 1 MiB)
import = Importieren
api-tokens = API-Tokens
scripts-and-apps-act-as-you = Skripte und Apps handeln mit einem Token in Ihrem Namen. Widerrufen Sie Tokens, die Sie nicht mehr nutzen oder die möglicherweise offengelegt wurden.
your-new-token-copy-it-now = Ihr neues Token. Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt.
you-have-no-api-tokens = Sie haben keine API-Tokens.
created = Erstellt
last-used = Zuletzt verwendet
expires = Läuft ab
revoke = Widerrufen
new-token = Neues Token
what-is-it-for = Wofür ist es gedacht?
expires-after-days = Läuft ab nach (Tagen)
leave-empty-for-a-token-that = Leer lassen für ein Token, das gilt, bis Sie es widerrufen
make-a-token = Token erstellen

## social

reply-posted = Antwort veröffentlicht.
posted = Veröffentlicht.
remove-this-post = Diesen Beitrag entfernen?
it-disappears-here-and-the-servers = Er verschwindet hier, und die Server, die ihn erhalten haben, werden aufgefordert, ihn zu entfernen.
post-removed = Beitrag entfernt.
in-inline = in
replying-to = Antwort auf
a-post = einen Beitrag
markdown-mention-people-as-name-host = Markdown; erwähnen Sie Personen mit @name@host, verschlagworten Sie Themen mit #wort.
post = Beitrag
what-are-you-working-on = Woran arbeiten Sie gerade?
nothing-here-yet = Hier gibt es noch nichts.
find-colleagues-and-groups-to-follow = Kolleginnen, Kollegen und Gruppen zum Folgen finden
no-resource-is-filed-under-this = Unter diesem Schlagwort ist keine Ressource abgelegt.
all-resources-with-this-tag = Alle Ressourcen mit diesem Schlagwort
posts-2 = Beiträge
no-public-post-uses-this-tag = Noch kein öffentlicher Beitrag verwendet dieses Schlagwort.
post-by = Beitrag von
replies = Antworten
reply = Antworten
create-a-group = Gruppe erstellen
search-groups = Gruppen durchsuchen
start-one = Gründen Sie eine
edit-the-group = Gruppe bearbeiten
handle = Kennung
lowercase-letters-digits-and-the-groups = Kleinbuchstaben, Ziffern und _; die Adresse der Gruppe lautet @kennung@dieser-knoten.
the-groups-picture = Bild der Gruppe
separated-by-commas = Durch Kommas getrennt.
who-can-join = Wer kann beitreten
who-can-read-the-discussions = Wer kann die Diskussionen lesen
create-the-group = Gruppe erstellen
discussions-for-members-only = Diskussionen nur für Mitglieder
public-discussions = Öffentliche Diskussionen
this-group-lives-on = Diese Gruppe ist beheimatet auf
leave-the-group = Gruppe verlassen
your-request-to-join-waits-for = Ihre Beitrittsanfrage wartet auf die Moderation.
withdraw-the-request = Anfrage zurückziehen
join = Beitreten
ask-to-join = Beitritt anfragen
log-in-to-join = Zum Beitreten anmelden
waiting-to-join = Warten auf Beitritt
nobody-is-waiting = Niemand wartet.
refuse = Ablehnen
invite-someone-name-host = Jemanden einladen (@name@host)
invite = Einladen
discussions = Diskussionen
start-a-discussion = Diskussion beginnen
discussions-are-for-members-only = Diskussionen sind nur für Mitglieder.
no-discussions-yet = Noch keine Diskussionen.
members-2 = Mitglieder
set-role = Rolle festlegen
people-cities-and-groups-here-and = Personen, Städte und Gruppen, hier und auf den Knoten, die dieser kennt.
look-someone-up-by-handle = Jemanden über die Kennung suchen
nobody-matches-try-fewer-filters-or = Keine Treffer. Versuchen Sie es mit weniger Filtern, oder suchen Sie jemanden über die Kennung unter
view-and-join = Ansehen und beitreten
nothing-new = Nichts Neues.
see = ansehen

## transition

saved-and-published-to-the-citys = Gespeichert und an die Follower der Stadt veröffentlicht.
the-climate-transition-map-as-a = Die Klima-Transformationskarte als Weg
evidence = Nachweise
updated = aktualisiert
templates-for-this-phase = Vorlagen für diese Phase
transition-map = Transformationskarte
climate-transition-map = Klima-Transformationskarte
six-phases-from-a-political-mandate = Sechs Phasen von einem politischen Mandat bis zu einer neuen Normalität. Jeder Schritt verweist auf das, was Städte dazu veröffentlicht haben, hier und auf den Knoten, denen dieser folgt.
transition-journey = Transformationsweg
transition-journey-of = Transformationsweg von
last-updated = Zuletzt aktualisiert
steps-done-2 = Erledigte Schritte
open-a-step-to-record-where = Öffnen Sie einen Schritt, um den Stand der Stadt festzuhalten.
other-cities-journeys = Wege anderer Städte
guidance = Orientierung
expected-outputs = Erwartete Ergebnisse
where-the-city-stands = Stand der Stadt
record-the-citys-progress = Fortschritt der Stadt festhalten
notes = Notizen
links-to-resources-that-show-the = Links zu Ressourcen, die die Arbeit belegen, einer pro Zeile.
save-and-publish = Speichern und veröffentlichen
resources-for-this-step = Ressourcen zu diesem Schritt
resources-filed-under-this-step-or = Ressourcen, die diesem Schritt zugeordnet sind (oder mit dem Schlagwort
share-your-citys-work-on-this = Die Arbeit Ihrer Stadt zu diesem Schritt teilen
nothing-published-for-this-step-yet = Zu diesem Schritt wurde noch nichts veröffentlicht.
no-templates-for-this-phase-yet = Noch keine Vorlagen für diese Phase.
all-templates-for-this-phase = Alle Vorlagen für diese Phase
explore-the-tools-cities-use = Entdecken Sie die Werkzeuge, die Städte nutzen
no-tool-of-this-kind-for = Kein Werkzeug dieser Art für diesen Sektor.
examples-from-the-repository = Beispiele aus der Wissensdatenbank
resources-filed-under-this-tool-type = Ressourcen, die diesem Werkzeugtyp zugeordnet sind (oder mit dem Schlagwort
share-your-citys-work-with-this = Die Arbeit Ihrer Stadt mit diesem Werkzeug teilen
no-examples-yet = Noch keine Beispiele.
score = Bewertung
finances = Finanzen
pros = Vorteile
cons = Nachteile
related-programmes = Zugehörige Programme
why-this-score = Warum diese Bewertung
financial-guidance = Finanzierungsleitfaden
pick-the-sectors-of-your-project = Wählen Sie die Sektoren Ihres Projekts und beantworten Sie fünf Fragen: Cairn ordnet die Wege, auf denen Städte solche Projekte finanzieren, und begründet jede Bewertung. Eine allgemeine Orientierung, keine Beratung für einen Einzelfall.
sectors-of-the-project = Sektoren des Projekts
rank-financing-options = Finanzierungsoptionen einstufen
financing-options-best-match-first = Finanzierungsoptionen, beste Übereinstimmung zuerst
share-these-results = Diese Ergebnisse teilen
link-to-this-assessment = Link zu dieser Einstufung

## api_docs

in = Ort
type = Typ
required = Erforderlich
api = API
the-json-api = Die JSON-API
everything-a-person-does-on-these = Alles, was Sie auf diesen Seiten tun, kann auch ein Skript erledigen, unter{" "}
get-a-token-with-post-auth = Holen Sie sich ein Token mit POST /auth/token und senden Sie es als Authorization: Bearer …. Fehler werden als JSON geliefert:{" "}
with-every-field-at-fault-in = , wobei jedes fehlerhafte Feld in errors aufgeführt ist.
the-openapi-3-1-description = Die OpenAPI-3.1-Beschreibung
for-code-generators-and-testing-tools = {" "}(für Codegeneratoren und Testwerkzeuge).
api-sections = API-Bereiche
token = Token
body = Anfrage-Body:{" "}
types = Typen

## components

skip-to-main-content = Zum Hauptinhalt springen
main = Hauptnavigation
menu = Menü
powered-by-cairn-a-federated-knowledge = Betrieben mit Cairn, einem föderierten Wissensgemeingut für klimaneutrale Städte.
map = Karte
finance = Finanzierung
my-profile = Mein Profil
requests = Anfragen
log-out = Abmelden
cancel = Abbrechen
please-check-the-form = Bitte überprüfen Sie das Formular
not-set = Nicht angegeben
any-country = Alle Länder
log-in-to-follow = Zum Folgen anmelden
follow = Folgen
follow-request-sent-2 = Folgeanfrage gesendet
withdraw-request = Anfrage zurückziehen
unfollow = Entfolgen
older = Ältere
jpeg-png-webp-or-gif-its = JPEG, PNG, WebP oder GIF; die Standortdaten werden entfernt.
remove-this-picture = Dieses Bild entfernen
the-picture-you-sent-is-kept = Das gesendete Bild bleibt erhalten; wählen Sie ein anderes, um es zu ersetzen.

## network

delivery-by-server = Zustellung nach Server
nothing-is-waiting-for-any-server = Für keinen Server steht etwas aus.
server = Server
waiting = Ausstehend
sending = Wird gesendet
last-success = Letzter Erfolg
last-error = Letzter Fehler
next-try = Nächster Versuch
dropped = Verworfen
now = jetzt
node-directory = Knotenverzeichnis
nodes-and-relays-this-node-subscribes = Knoten und Relays, die dieser Knoten abonniert hat: Alles Öffentliche, was sie veröffentlichen, wird hier gesammelt; ihre bisherigen Inhalte werden aus ihrer Outbox nachgeladen.
no-subscriptions-yet = Noch keine Abonnements.
node = Knoten
state = Status
backfill = Nachladen
last-contact = Letzter Kontakt
reachable = Erreichbar
subscribe-to-a-node-or-relay = Einen Knoten oder ein Relay abonnieren
subscribe = Abonnieren
resources-by-year-stacked-by-sector = Ressourcen nach Jahr, gestapelt nach Sektor
network-dashboard = Netzwerk-Dashboard
everything-this-node-holds-its-own = Alles, was dieser Knoten enthält: seine eigene Arbeit und das, was er von den Knoten sammelt, denen er folgt und die er abonniert hat. Wirkungszahlen sind so angegeben, wie ihre Urheber sie gemeldet haben; eine Ressource mit mehreren Sektoren zählt in jedem davon.
leave-out-illustrative-demo-data = Demodaten ausblenden
illustrative-demo-data-is-left-out = Demodaten zur Veranschaulichung sind ausgeblendet.
count-it-too = Mitzählen
avoided = vermieden
invested = investiert
nothing-gathered-yet = Noch nichts gesammelt.
by-sector = Nach Sektor
resources-by-sector = Ressourcen nach Sektor
reported-reductions-by-sector = Gemeldete Einsparungen nach Sektor
reported-investment-by-sector = Gemeldete Investitionen nach Sektor
by-country = Nach Land
resources-by-country = Ressourcen nach Land
reported-reductions-by-country = Gemeldete Einsparungen nach Land
reported-investment-by-country = Gemeldete Investitionen nach Land
over-time = Im Zeitverlauf
cities-on-the-transition-map = Städte auf der Transformationskarte
no-city-has-shared-its-journey = Noch keine Stadt hat ihren Weg mit diesem Knoten geteilt.
none-planned = Keine geplant.

## pages

contact = Kontakt
join-this-node = Diesem Knoten beitreten
or-log-in = oder anmelden
search-the-knowledge-repository = Wissensdatenbank durchsuchen
e-g-district-heating = z. B. Fernwärme
this-network-in-figures = Dieses Netzwerk in Zahlen
latest-case-studies = Neueste Fallstudien
no-case-studies-yet = Noch keine Fallstudien.
share-your-citys-work = Die Arbeit Ihrer Stadt teilen
all-case-studies = Alle Fallstudien
no-events-planned = Keine Veranstaltungen geplant.
the-calendar = Zum Kalender
all-groups = Alle Gruppen
our-transition = Unsere Transformation
follow-the-journey = Den Weg verfolgen
the-transition-map = Die Transformationskarte
the-dashboard = Das Dashboard
the-organisation = Die Organisation
people-on-this-node = Personen auf diesem Knoten
nobody-has-joined-yet = Bisher ist niemand beigetreten.
be-the-first = Machen Sie den Anfang.
the-directory = Das Verzeichnis
username = Benutzername
password = Passwort
no-account-yet = Noch kein Konto?
create-an-account = Konto erstellen
the-rules-of-this-node = Die Regeln dieses Knotens
by-creating-an-account-you-agree = Mit der Erstellung eines Kontos stimmen Sie ihnen zu.
lowercase-letters-digits-and-it-becomes = Kleinbuchstaben, Ziffern und _; daraus wird Ihre Kennung.
email = E-Mail
at-least-10-characters-mix-letters = Mindestens 10 Zeichen; kombinieren Sie Buchstaben mit Ziffern oder Sonderzeichen.
create-account = Konto erstellen
find-a-colleague-or-a-city = Eine Kollegin, einen Kollegen oder eine Stadt finden
handle-or-address = Kennung oder Adresse
for-example-anna-lyon-example-or = Zum Beispiel @anna@lyon.example oder https://lyon.example/users/anna
look-up = Suchen
found = Gefunden
administration = Administration
node-identity = Identität des Knotens
how-this-node-presents-itself-the = Wie sich dieser Knoten darstellt: Der Name ersetzt „Cairn“ auf jeder Seite, und die Follower der Organisation auf anderen Servern sehen die Änderung.
logo-address = Adresse des Logos
an-https-address-of-a-picture = Eine https://-Adresse eines Bildes
an-e-mail-address-or-an = Eine E-Mail-Adresse oder eine https://-Seite, über die Ihr Team erreichbar ist
save-the-identity = Identität speichern
node-rules = Regeln des Knotens
what-everyone-here-agrees-to-shown = Worauf sich hier alle verpflichten: angezeigt bei der Registrierung, in NodeInfo und in Mastodon-Apps. Eine Regel pro Zeile.
rules = Regeln
publish-the-rules = Regeln veröffentlichen
federation = Föderation
deliveries-waiting = Zustellungen ausstehend
given-up = aufgegeben
domain-rules = Domain-Regeln
blocked-in-the-configuration-file = In der Konfigurationsdatei blockiert
allowed-in-the-configuration-file = In der Konfigurationsdatei erlaubt
no-domain-rules-yet-this-node = Noch keine Domain-Regeln: Dieser Knoten föderiert mit allen.
domain = Domain
block-refuse-its-activities-fetch-nothing = Blockieren: ihre Aktivitäten ablehnen, nichts abrufen, nichts zustellen und löschen, was sie hier hatte
limit-keep-it-out-of-public = Einschränken: aus öffentlichen Zeitleisten, Suche und Listen heraushalten; Follower sehen sie weiterhin
allow-once-any-domain-is-allowed = Erlauben: Sobald eine Domain erlaubt ist, föderieren nur erlaubte Domains
add-rule = Regel hinzufügen
financial-guidance-matrix = Matrix des Finanzierungsleitfadens
source = Quelle
financing-options-in-use = Finanzierungsoptionen im Einsatz.
the-matrix-file-was-not-loaded = Die Matrixdatei wurde nicht geladen; die letzte gültige Matrix bleibt in Gebrauch.
reload-the-matrix-file = Matrixdatei neu laden
accounts-waiting-for-approval = Konten, die auf Freigabe warten
none-2 = Keine.
approve = Freigeben
error = Fehler
something-is-not-right = Etwas stimmt nicht
back-to-the-home-page = Zurück zur Startseite
authorize-an-app = Eine App autorisieren
authorize = Autorisieren
this-app-asks-to-act-for = Diese App möchte mit folgenden Berechtigungen in Ihrem Namen handeln:
username-or-email = Benutzername oder E-Mail
deny = Verweigern
authorization-code = Autorisierungscode
copy-this-code-into-the-app = Kopieren Sie diesen Code in die App:

## labels chosen by code

followed-you = folgt Ihnen jetzt
asked-to-follow-you = möchte Ihnen folgen
mentioned-you = hat Sie erwähnt
replied-to-you = hat Ihnen geantwortet
asked-to-join-a-group-you = möchte einer Gruppe beitreten, die Sie moderieren
accepted-you-as-a-member = hat Sie als Mitglied aufgenommen
did-not-accept-your-request-to = hat Ihre Beitrittsanfrage nicht angenommen
invited-you-to-join-a-group = hat Sie in eine Gruppe eingeladen
removed-your-post-from-a-group = hat Ihren Beitrag aus einer Gruppe entfernt
changed-an-event-you-take-part = hat eine Veranstaltung geändert, an der Sie teilnehmen
cancelled-an-event-you-take-part = hat eine Veranstaltung abgesagt, an der Sie teilnehmen
acted-on-what-you-reported-thank = hat auf Ihre Meldung reagiert; vielen Dank
looked-at-what-you-reported-and = hat Ihre Meldung geprüft und den Inhalt unverändert gelassen
warned-you-about-something-you-published = hat Sie wegen einer Ihrer Veröffentlichungen verwarnt; bitte lesen Sie die Regeln des Knotens
did-something = hat etwas getan
transition-map-phase = Phase der Transformationskarte
year = Jahr
not-started = Nicht begonnen
in-progress-2 = In Bearbeitung
done = Erledigt
moderators-approve-new-members = Die Moderation bestätigt neue Mitglieder
open-to-all = Offen für alle
everyone = Alle
members-only = Nur Mitglieder
people-2 = Personen
cities-and-organisations = Städte und Organisationen
group = Gruppe
resource-2 = Ressource
event = Veranstaltung
content = Inhalt
mon = Mo
tue = Di
wed = Mi
thu = Do
fri = Fr
sat = Sa
sun = So
yes-2 = Ja
no-2 = Nein

## counts and names: messages with arguments

resource-count = { $count ->
    [one] { $count } Ressource
   *[other] { $count } Ressourcen
}
all-resource-count = { $count ->
    [one] Die einzige Ressource
   *[other] Alle { $count } Ressourcen
}
follower-count = { $count ->
    [one] { $count } Follower
   *[other] { $count } Follower
}
following-count = { $count } Folge ich
followers-known-here-count = { $count ->
    [one] { $count } hier bekannter Follower
   *[other] { $count } hier bekannte Follower
}
member-count = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
steps-done-of-total = { $done } / { $total } Schritte erledigt
steps-done-out-of = { $done } von { $total } Schritten erledigt
steps-done-count = { $done ->
    [one] { $done } Schritt erledigt
   *[other] { $done } Schritte erledigt
}
in-progress-count = { $count } in Bearbeitung
map-steps-done = { $done } von { $total } Schritten der Transformationskarte erledigt
participant-count = { $count } Teilnehmende
places-taken-count = { $taken } / { $capacity } Plätze belegt
capacity-places = { $count ->
    [one] ({ $count } Platz)
   *[other] ({ $count } Plätze)
}
import-summary = Importiert: { $resources } Ressourcen, { $events } Veranstaltungen, { $posts } Beiträge, { $follows } gefolgte Konten.
import-already-here = { $count ->
    [one] { $count } Element war bereits vorhanden und wurde nicht erneut veröffentlicht.
   *[other] { $count } Elemente waren bereits vorhanden und wurden nicht erneut veröffentlicht.
}
earlier-reports-summary = Frühere Meldungen: { $account } zu diesem Konto, { $domain-count } zu { $domain }
finance-matrix-reloaded-options = Finanzierungsmatrix neu geladen ({ $count } Optionen)
rule-saved-for-domain = Regel gespeichert für { $domain }
subscribed-to-domain = Abonnement eingerichtet für { $domain }
unsubscribed-from-domain = Abonnement beendet für { $domain }
domain-blocked = { $domain } blockiert
invited-person = { $handle } eingeladen
comment-by-name = Kommentar von { $name }
the-moderators-of-domain = dem Moderationsteam von { $domain }
phase-number = Phase { $number }

## languages

interface-language = Sprache der Oberfläche
change-language = Ändern
language-as-the-browser-asks = Wie von meinem Browser angefordert
node-default-language = Standardsprache der Oberfläche
node-default-language-hint = Für Besucherinnen und Besucher, deren Browser keine der Sprachen anfordert, in denen Cairn verfügbar ist, sowie für die Kommandozeile.
## units after figures

unit-thousand = Tsd.
unit-million = Mio.
unit-billion = Mrd.
unit-co2e-per-year = CO₂e/Jahr

## labels chosen by code, later

this-node-timeline = Dieser Knoten
everything-known-timeline = Alles Bekannte
removed-by = Entfernt von { $moderator }, { $when }
account-warned-by = Konto verwarnt von { $moderator }, { $when }
account-limited-by = Konto eingeschränkt von { $moderator }, { $when }
account-suspended-by = Konto gesperrt von { $moderator }, { $when }
dismissed-by = Abgewiesen von { $moderator }, { $when }
report-reason-spam = Spam oder Werbung
report-reason-abuse = Belästigung, Hass oder Drohungen
report-reason-illegal = Rechtswidrige Inhalte
report-reason-misleading = Falsche oder irreführende Informationen
report-reason-rule = Verstößt gegen eine der Regeln dieses Knotens
report-reason-other = Etwas anderes
phases = Phasen
place = Ort
period = Zeitraum
emissions-avoided = Vermiedene Emissionen
investment = Investition
name-organisation-or-topic = Name, Organisation oder Thema
role-or-job-title = Rolle oder Funktion
the-token-was-revoked = Das Token wurde widerrufen.
thank-you-the-moderators-here-will-look-forwarded = Vielen Dank. Die Moderation dieses Knotens wird sich das ansehen, und die Meldung wurde an die Moderation des Servers gesendet, von dem der Inhalt stammt.
it-disappears-from-this-node-resource = Sie verschwindet von diesem Knoten, und alle Knoten und Server, die eine Kopie haben, werden aufgefordert, sie zu löschen. Das lässt sich nicht rückgängig machen.

## errors: what a form, the API or the command line answers

that-username-is-reserved = dieser Benutzername ist reserviert
enter-an-email-address-like-name-city = geben Sie eine E-Mail-Adresse wie name@city.example ein
name-the-token-in-at-most-100 = geben Sie dem Token einen Namen mit höchstens 100 Zeichen
a-password-has-10-to-512-characters = ein Passwort hat 10 bis 512 Zeichen
a-role-is-admin-moderator-or-member = eine Rolle ist admin, moderator oder member
enter-your-username = geben Sie Ihren Benutzernamen ein
enter-your-password = geben Sie Ihr Passwort ein
choose-a-time-zone-such-as-europe = wählen Sie eine Zeitzone wie Europe/Paris
an-event-ends-after-it-starts = eine Veranstaltung endet nach ihrem Beginn
enter-the-webinars-https-address = geben Sie die https://-Adresse des Webinars ein
give-an-address-a-webinar-link-or = geben Sie eine Adresse, einen Webinar-Link oder beides an
capacity-is-a-number-of-people-zero = die Kapazität ist eine Personenzahl, null oder mehr
joining-is-free-approval-invite-or-external = die Teilnahme ist free, approval, invite oder external
an-event-is-confirmed-tentative-or-cancelled = eine Veranstaltung ist confirmed, tentative oder cancelled
choose-a-language-e-g-en-fr = wählen Sie eine Sprache, z. B. en, fr oder de
use-at-most-20-short-topic-tags = verwenden Sie höchstens 20 kurze Themen-Schlagwörter
write-something-or-attach-a-file = schreiben Sie etwas oder hängen Sie eine Datei an
a-group-name-has-2-to-100 = ein Gruppenname hat 2 bis 100 Zeichen
keep-the-description-under-5000-characters = die Beschreibung muss unter 5000 Zeichen bleiben
keep-each-topic-under-50-characters = jedes Thema muss unter 50 Zeichen bleiben
use-at-most-20-topics = verwenden Sie höchstens 20 Themen
choose-open-approval-or-invite = wählen Sie open, approval oder invite
choose-public-or-members = wählen Sie public oder members
enter-a-handle-like-anna-city-example = geben Sie eine Kennung wie @anna@city.example oder die https://-Adresse eines Akteurs ein
enter-a-domain-like-city-example = geben Sie eine Domain wie city.example ein
enter-the-nodes-name = geben Sie den Namen des Knotens ein
enter-a-pictures-https-address = geben Sie die https://-Adresse eines Bildes ein
enter-an-e-mail-address-or-an = geben Sie eine E-Mail-Adresse oder eine https://-Adresse ein
choose-one-of-the-languages-the-interface = wählen Sie eine der Sprachen, in denen die Oberfläche verfügbar ist
list-at-most-20-areas-of-expertise = nennen Sie höchstens 20 Fachgebiete
missing = fehlt
give-the-address-https-of-what-you = geben Sie die Adresse (https://…) dessen an, was Sie melden
choose-why-you-report-this = wählen Sie aus, warum Sie das melden
this-node-has-published-no-rules-choose = dieser Knoten hat keine Regeln veröffentlicht; wählen Sie einen anderen Grund
use-the-two-letter-country-code-e = verwenden Sie den zweistelligen Ländercode, z. B. FR
choose-the-kind-of-resource = wählen Sie die Art der Ressource
transition-map-phases-are-numbered-1-to = die Phasen der Transformationskarte sind von 1 bis 6 nummeriert
use-at-most-20-topic-tags = verwenden Sie höchstens 20 Themen-Schlagwörter
the-period-cannot-end-before-it-starts = der Zeitraum kann nicht vor seinem Beginn enden
enter-a-positive-number = geben Sie eine positive Zahl ein
attach-at-most-20-links = hängen Sie höchstens 20 Links an
attach-at-most-20-files-and-links = hängen Sie insgesamt höchstens 20 Dateien und Links an
an-attachment-needs-an-https-address = ein Anhang braucht eine https://-Adresse
choose-not-started-in-progress-or-done = wählen Sie not_started, in_progress oder done
not-found = nicht gefunden
text-cannot-contain-nul-characters = der Text darf keine NUL-Zeichen enthalten
this-account-is-suspended-by-the-nodes = dieses Konto wurde von der Moderation des Knotens gesperrt
something-went-wrong-on-this-node = auf diesem Knoten ist etwas schiefgelaufen
that-already-exists = das gibt es bereits
the-nodes-outbox-has-pages-resources-and = die Outbox des Knotens hat die Seiten `resources` und `events`
no-such-activity = Aktivität nicht gefunden
only-the-nodes-organisation-keeps-a-transition = nur die Organisation des Knotens führt einen Transformationsweg
only-groups-have-moderators = nur Gruppen haben eine Moderation
this-post-is-not-public-sign-the = dieser Beitrag ist nicht öffentlich: signieren Sie die Anfrage
servers-must-be-between-1-and-1000 = die Anzahl der Server muss zwischen 1 und 1000 liegen
no-deliveries-to-that-domain-yet = noch keine Zustellungen an diese Domain
no-such-event = Veranstaltung nicht gefunden
no-organiser = Veranstaltende nicht gefunden
only-members-read-this-groups-posts = nur Mitglieder lesen die Beiträge dieser Gruppe
send-the-file-as-the-form-field = senden Sie die Datei im Formularfeld `file`
send-a-json-object = senden Sie ein JSON-Objekt
send-the-body-as-application-json = senden Sie den Anfrage-Body als application/json
cursor-must-be-a-value-from-an = cursor muss ein Wert aus einem früheren `next` sein
the-action-is-limit-unlimit-suspend-or = die Aktion ist limit, unlimit, suspend oder unsuspend
gone = nicht mehr vorhanden
no-such-resource = Ressource nicht gefunden
no-such-author = verfassende Person nicht gefunden
no-such-post = Beitrag nicht gefunden
no-such-account = Konto nicht gefunden
no-such-group = Gruppe nicht gefunden
name-a-domain-such-as-city-example = nennen Sie eine Domain wie city.example
no-such-status = Beitrag nicht gefunden
no-token = kein Token
invalid-token = ungültiges Token
this-token-has-no-user = dieses Token gehört zu keinem Benutzerkonto
this-action-is-outside-the-authorized-scopes = Diese Aktion liegt außerhalb der gewährten Berechtigungen
unknown-client-id-register-the-app-first = unbekannte client_id: registrieren Sie zuerst die App
response-type-must-be-code = response_type muss code sein
unknown-client-id = unbekannte client_id
you-denied-the-app-access = Sie haben der App den Zugriff verweigert
name-the-account = nennen Sie das Konto
delete-case-studies-and-events-from-their = löschen Sie Fallstudien und Veranstaltungen auf ihren eigenen Seiten
metrics-are-for-administrators-and-the-networks = die Metriken sind der Administration und den Netzwerken in server.metrics_networks vorbehalten
no-such-api-endpoint = API-Endpunkt nicht gefunden
log-in-first = melden Sie sich zuerst an
only-administrators-can-do-this = nur die Administration kann das tun
send-an-api-token-as-authorization-bearer = senden Sie ein API-Token als `Authorization: Bearer …`
this-api-token-is-not-valid-revoked = dieses API-Token ist nicht gültig (widerrufen oder abgelaufen?)
this-account-is-waiting-for-approval = dieses Konto wartet auf Freigabe
choose-mute-or-block = wählen Sie mute oder block
this-event-is-served-by-its-own = diese Veranstaltung wird von ihrem eigenen Knoten bereitgestellt
only-the-organiser-can-change-this-event = nur die Veranstaltenden können diese Veranstaltung ändern
no-such-action = Aktion nicht gefunden
there-is-no-page-at-this-address = unter dieser Adresse gibt es keine Seite
no-such-member = Mitglied nicht gefunden
this-resource-is-served-by-its-own = diese Ressource wird von ihrem eigenen Knoten bereitgestellt
only-the-author-can-change-this-resource = nur die verfassende Person kann diese Ressource ändern
no-such-comment = Kommentar nicht gefunden
this-nodes-interface-is-not-shipped-in = die Oberfläche dieses Knotens ist in dieser Sprache nicht verfügbar
nothing-on-this-node-has-that-address = nichts auf diesem Knoten hat diese Adresse
lists-of-remote-actors-live-on-their = die Listen entfernter Konten liegen auf deren eigenem Server
you-cannot-remove-this-post = Sie können diesen Beitrag nicht entfernen
enter-a-number-of-days-or-leave = geben Sie eine Anzahl von Tagen ein, oder lassen Sie das Feld leer
the-transition-map-has-no-such-step = die Transformationskarte hat keinen solchen Schritt
explore-has-no-such-tool-type = „Entdecken“ hat keinen solchen Werkzeugtyp
add-resource-acct-name-domain = fügen Sie ?resource=acct:name@domain hinzu
resource-must-be-acct-name-domain = resource muss die Form acct:name@domain haben
no-such-account-on-this-node = Konto auf diesem Knoten nicht gefunden
that-username-or-email-is-taken = dieser Benutzername oder diese E-Mail-Adresse ist bereits vergeben
this-node-does-not-take-new-registrations = dieser Knoten nimmt keine neuen Registrierungen an
wrong-username-or-password = falscher Benutzername oder falsches Passwort
your-account-is-waiting-for-an-administrators = Ihr Konto wartet auf die Freigabe durch die Administration
a-rule-is-allow-limit-or-block = eine Regel ist allow, limit oder block
that-is-this-nodes-own-domain = das ist die eigene Domain dieses Knotens
you-cannot-take-away-your-own-administrator = Sie können sich Ihre eigene Administrationsrolle nicht entziehen
choose-the-archive-file-to-import = wählen Sie die zu importierende Archivdatei
this-is-not-a-cairn-account-archive = dies ist kein Cairn-Kontoarchiv (Version 1)
name-an-account-name-domain-or-its = nennen Sie ein Konto (@name@domain oder seine Adresse) oder eine Domain
that-is-this-node-block-or-mute = das ist dieser Knoten; blockieren oder stummschalten Sie seine Konten einzeln
this-nodes-groups-and-its-own-account = die Gruppen dieses Knotens und sein eigenes Konto können weder blockiert noch stummgeschaltet werden
you-cannot-block-or-mute-yourself = Sie können sich nicht selbst blockieren oder stummschalten
this-account-does-not-accept-that-from = dieses Konto nimmt das von Ihnen nicht an
this-event-was-cancelled = diese Veranstaltung wurde abgesagt
this-event-is-over = diese Veranstaltung ist vorbei
this-event-takes-registrations-on-its-own = die Anmeldung zu dieser Veranstaltung erfolgt auf ihrer eigenen Website
the-organiser-is-gone = die Veranstaltenden sind nicht mehr vorhanden
this-event-lives-on-another-node-change = diese Veranstaltung ist auf einem anderen Knoten beheimatet; ändern Sie sie dort
this-event-is-by-invitation-only = diese Veranstaltung ist nur auf Einladung zugänglich
you-are-not-taking-part-in-this = Sie nehmen an dieser Veranstaltung nicht teil
only-the-organiser-decides-who-takes-part = nur die Veranstaltenden entscheiden, wer teilnimmt
no-such-request-to-join = Teilnahme- oder Beitrittsanfrage nicht gefunden
no-such-person = Person nicht gefunden
which-event = welche Veranstaltung?
no-such-event-on-this-node = Veranstaltung auf diesem Knoten nicht gefunden
only-the-organiser-answers-a-request-to = nur die Veranstaltenden beantworten eine Teilnahmeanfrage
the-event-names-no-organiser-attributedto = die Veranstaltung nennt keine Veranstaltenden (attributedTo)
only-its-organiser-can-publish-or-change = nur die Veranstaltenden können diese Veranstaltung veröffentlichen oder ändern
this-event-lives-here = diese Veranstaltung ist hier beheimatet
only-the-organiser-can-delete-this-event = nur die Veranstaltenden können diese Veranstaltung löschen
you-are-already-taking-part = Sie nehmen bereits teil
you-asked-to-join-already-the-organiser = Sie haben bereits um Teilnahme gebeten; die Veranstaltenden entscheiden
this-event-is-full = diese Veranstaltung ist ausgebucht
you-asked-to-join-already = Sie haben bereits um Teilnahme gebeten
you-cannot-follow-yourself = Sie können sich nicht selbst folgen
log-in-to-look-up-accounts-and = melden Sie sich an, um Konten und Ressourcen auf anderen Servern zu suchen
the-follower-is-gone = der Follower ist nicht mehr vorhanden
no-such-follow-request = Folgeanfrage nicht gefunden
only-the-followed-actor-can-answer-a = nur das Konto, dem gefolgt werden soll, kann eine Folgeanfrage beantworten
only-the-follower-can-undo-a-follow = nur wer folgt, kann das Folgen beenden
that-handle-is-taken-choose-another = diese Kennung ist vergeben; wählen Sie eine andere
choose-admin-moderator-or-member = wählen Sie admin, moderator oder member
roles-go-to-members-of-this-node = Rollen werden nur an Mitglieder dieses Knotens vergeben
group-gone = die Gruppe ist nicht mehr vorhanden
this-group-is-moderated-on-its-own = diese Gruppe wird auf ihrem eigenen Knoten moderiert
only-the-groups-moderators-can-do-this = nur die Moderation der Gruppe kann das tun
only-the-groups-administrators-can-do-this = nur die Administration der Gruppe kann das tun
this-group-is-by-invitation-only = diese Gruppe ist nur auf Einladung zugänglich
that-person-is-not-a-member = diese Person ist kein Mitglied
administrators-cannot-be-removed = Personen mit Administrationsrolle können nicht entfernt werden
only-the-nodes-administrators-record-the-citys = nur die Administration des Knotens hält den Weg der Stadt fest
only-a-city-itself-can-publish-its = nur eine Stadt selbst kann ihren Weg veröffentlichen
this-file-is-attached-already-edit-what = diese Datei ist bereits angehängt; bearbeiten Sie das, woran sie angehängt ist
no-such-file-of-yours = Datei unter Ihren Dateien nicht gefunden
no-such-file = Datei nicht gefunden
nothing-on-this-node-has-that-address-2 = nichts auf diesem Knoten hat diese Adresse; melden Sie es auf der Seite, die es anzeigt
this-is-your-own-change-or-delete = das ist Ihr eigener Inhalt; ändern oder löschen Sie ihn stattdessen
the-action-is-dismiss-remove-warn-limit = die Aktion ist dismiss, remove, warn, limit oder suspend
an-account-is-not-removed-limit-or = ein Konto wird nicht entfernt; schränken Sie es stattdessen ein oder sperren Sie es
you-cannot-limit-or-suspend-yourself = Sie können sich nicht selbst einschränken oder sperren
this-nodes-groups-and-its-own-actor = die Gruppen dieses Knotens und sein eigener Akteur werden weder eingeschränkt noch gesperrt
status-is-open-dismissed-removed-warned-limited = der Status ist open, dismissed, removed, warned, limited oder suspended
only-moderators-and-administrators-can-do-this = nur Moderation und Administration können das tun
owner-gone = das zugehörige Konto ist nicht mehr vorhanden
no-such-report = Meldung nicht gefunden
only-an-administrator-can-limit-or-suspend = nur die Administration kann ein Administrationskonto einschränken oder sperren
this-account-was-suspended-or-deleted-by = dieses Konto wurde von seinem eigenen Server gesperrt oder gelöscht
you-reported-this-already-the-moderators-have = Sie haben das bereits gemeldet; die Moderation hat die Meldung erhalten
an-account-is-not-an-alias-of = ein Konto ist kein Alias seiner selbst
a-person-or-an-organisation-moves-to = eine Person oder Organisation zieht zu einem Konto um, nicht zu einer Gruppe
a-group-moves-to-another-group = eine Gruppe zieht zu einer anderen Gruppe um
an-account-cannot-move-to-itself = ein Konto kann nicht zu sich selbst umziehen
a-group-moves-to-a-group-and = eine Gruppe zieht zu einer Gruppe um, und nur eine Gruppe kann das
an-app-needs-a-name-of-up = eine App braucht einen Namen mit bis zu 100 Zeichen
give-at-least-one-redirect-uri = geben Sie mindestens eine Weiterleitungs-URI an
this-redirect-uri-was-not-registered-by = diese Weiterleitungs-URI wurde von der App nicht registriert
the-app-asks-for-scopes-it-did = die App fordert Berechtigungen an, die sie nicht registriert hat
invalid-client-the-client-id-or-secret = invalid_client: Client-ID oder Client-Secret ist falsch
invalid-grant-the-code-is-wrong-used = invalid_grant: der Code ist falsch, bereits verwendet oder abgelaufen
invalid-grant-wrong-username-or-password = invalid_grant: falscher Benutzername oder falsches Passwort
no-actor = Akteur nicht gefunden
another-process-has-taken-this-reading-over = ein anderer Prozess hat diesen Lesevorgang übernommen
this-reading-was-ended = dieser Lesevorgang wurde inzwischen beendet
there-is-no-such-post-here-to = den Beitrag, auf den Sie antworten, gibt es hier nicht
join-the-group-before-posting-in-it = treten Sie der Gruppe bei, bevor Sie darin veröffentlichen
author-gone = die verfassende Person ist nicht mehr vorhanden
only-the-author-or-the-groups-moderators = nur die verfassende Person oder die Moderation der Gruppe kann diesen Beitrag entfernen
only-its-author-can-publish-this-note = nur die verfassende Person kann diese Notiz veröffentlichen
only-members-can-post-in-this-group = nur Mitglieder können in dieser Gruppe veröffentlichen
a-removal-names-a-post = eine Entfernung nennt einen Beitrag
the-announced-post-has-no-id = der geteilte Beitrag hat keine id
the-group-passed-on-a-post-that = die Gruppe hat einen Beitrag weitergegeben, der nicht in der Gruppe ist
a-group-can-only-remove-its-own = eine Gruppe kann nur ihre eigenen Beiträge entfernen
only-its-author-or-its-group-can = nur die verfassende Person oder die Gruppe des Beitrags kann ihn löschen
only-its-author-can-change-this-post = nur die verfassende Person kann diesen Beitrag ändern
only-public-posts-can-be-reblogged = nur öffentliche Beiträge können geteilt werden
the-like-has-no-object = das Like hat kein Objekt
only-who-liked-something-can-undo-it = nur wer ein Like vergeben hat, kann es zurücknehmen
write-something-first = schreiben Sie zuerst etwas
keep-comments-under-5000-characters = Kommentare müssen unter 5000 Zeichen bleiben
this-resource-lives-on-another-node-change = diese Ressource ist auf einem anderen Knoten beheimatet; ändern Sie sie dort
no-author = verfassende Person nicht gefunden
only-its-author-can-publish-or-change = nur die verfassende Person kann das veröffentlichen oder ändern
the-updated-object-has-no-id = das aktualisierte Objekt hat keine id
the-deleted-object-has-no-id = das gelöschte Objekt hat keine id
the-announced-object-has-no-id = das geteilte Objekt hat keine id
give-a-domain-or-a-url = geben Sie eine Domain oder eine URL an
this-node-cannot-subscribe-to-itself = dieser Knoten kann sich nicht selbst abonnieren
the-nodes-application-actor-is-missing = der Anwendungsakteur des Knotens fehlt
only-the-subscribed-server-can-answer-its = nur der abonnierte Server kann auf sein Abonnement antworten
you-have-no-such-token = Sie haben dieses Token nicht

## errors with arguments

this-is-required = dieses Feld ist erforderlich
write-at-least-characters = schreiben Sie mindestens { $min } Zeichen
keep-this-under-characters = dieser Text muss unter { $max } Zeichen bleiben
publish-at-most-rules = { $count ->
    [one] veröffentlichen Sie höchstens { $count } Regel
   *[other] veröffentlichen Sie höchstens { $count } Regeln
}
attach-at-most-files-to-a-post = { $count ->
    [one] hängen Sie höchstens { $count } Datei an einen Beitrag an
   *[other] hängen Sie höchstens { $count } Dateien an einen Beitrag an
}
keep-posts-under-characters = Beiträge müssen unter { $max } Zeichen bleiben
choose-which-rule-it-breaks = wählen Sie aus, gegen welche Regel es verstößt (1 bis { $count })
file-says-it-is-but-is = diese Datei gibt sich als { $claimed } aus, ist aber { $detected }
a-file-may-be-at-most = eine Datei darf höchstens { $size } groß sein
the-map-has-no-step = die Transformationskarte hat keinen Schritt „{ $step }“
keep-notes-under-characters = Notizen müssen unter { $max } Zeichen bleiben
link-at-most-pieces-of-evidence = { $count ->
    [one] verknüpfen Sie höchstens { $count } Nachweis
   *[other] verknüpfen Sie höchstens { $count } Nachweise
}
is-not-a-web-link = „{ $link }“ ist kein http(s)-Link
is-not-a-sector-cairn-knows = { $sector } ist kein Sektor, den Cairn kennt
is-not-a-step-of-the-map = { $step } ist kein Schritt der Transformationskarte
is-not-a-tool-type = { $tool } ist kein Werkzeugtyp im Katalog von „Entdecken“
this-form-has-expired-or-came-from = dieses Formular ist abgelaufen oder stammt von einer anderen Website; laden Sie die Seite neu und versuchen Sie es noch einmal
finance-starting-score = Ausgangswert für diese Art der Finanzierung.
finance-often-used-in-sector = Im Sektor „{ $sector }“ häufig genutzt.
username-length = ein Benutzername hat 2 bis 30 Zeichen
username-first-letter = ein Benutzername beginnt mit einem Kleinbuchstaben
username-letters = ein Benutzername besteht nur aus Kleinbuchstaben, Ziffern und _

# Resources in several languages
translations = Übersetzungen
the-same-resource-in-other-languages = Dieselbe Ressource in anderen Sprachen. Füllen Sie einen Block aus, um eine hinzuzufügen; leeren Sie einen Block, um diese Fassung zu entfernen.
translation-number = Übersetzung { $number }
languages-of-this-page = Sprachen dieser Seite
read-in = Lesen auf:
original = Original
add-at-most-translations = fügen Sie höchstens { $max } Übersetzungen hinzu
translation-problem = Übersetzung „{ $language }“: { $problem }
a-translation-is-in-another-language = eine Übersetzung ist in einer anderen Sprache als das Original
this-language-has-a-translation-already = für diese Sprache gibt es schon eine Übersetzung
the-same-event-in-other-languages = Dieselbe Veranstaltung in anderen Sprachen. Füllen Sie einen Block aus, um eine hinzuzufügen; leeren Sie einen Block, um diese Fassung zu entfernen.
the-same-group-in-other-languages = Name und Beschreibung der Gruppe in anderen Sprachen. Füllen Sie einen Block aus, um eine hinzuzufügen; leeren Sie einen Block, um diese Fassung zu entfernen.

# Errors of the services and the API (the message; the error code stays English)
host-is-not-this-node = { $host } ist nicht dieser Knoten
there-is-no-one-called-on-this-node = auf diesem Knoten gibt es niemanden namens { $name }
report-at-most-statuses-at-once = melden Sie höchstens { $max } Beiträge auf einmal
status-is-not-by-this-account = Beitrag { $id } stammt nicht von diesem Konto
text-character-limit-exceeded = Textlimit von { $max } Zeichen überschritten
is-not-a-media-id = { $id } ist keine Medien-ID
malformed-json = fehlerhaftes JSON: { $problem }
malformed-url = fehlerhafte URL: { $problem }
unsupported-grant-type = nicht unterstützter grant_type { $grant }
the-form-could-not-be-read = das Formular konnte nicht gelesen werden: { $problem }
nobody-called-is-known-here = niemand namens { $handle } ist hier bekannt
send-at-most-files-at-a-time = senden Sie höchstens { $max } Dateien auf einmal
is-not-a-sector = „{ $value }“ ist kein Sektor
a-request-body-may-be-at-most-bytes = ein Anfrage-Body darf höchstens { $max } Bytes groß sein
name-at-most-accounts = nennen Sie höchstens { $max } Konten
account-moved-to = { $account } ist umgezogen nach { $target }
cannot-check-the-new-account = das neue Konto { $account } kann nicht überprüft werden: { $problem }
does-not-name-as-an-alias = { $account } nennt { $old } nicht als Alias
is-not-on-the-server-of = { $url } liegt nicht auf dem Server von { $owner }
is-not-a-group = { $name } ist keine Gruppe
this-group-moved-to = diese Gruppe ist umgezogen nach { $target }
was-removed-by-this-nodes-moderators = { $url } wurde von der Moderation dieses Knotens entfernt
is-a-kind-cairn-does-not-show = { $url } ist vom Typ { $kind }, den Cairn nicht anzeigt
is-not-a-picture-but = { $url } ist { $kind }, kein Bild
this-report-was-handled-already = diese Meldung wurde bereits bearbeitet ({ $status })
is-neither-a-domain-nor-a-url = „{ $value }“ ist weder eine Domain noch eine URL
is-not-a-url = „{ $value }“ ist keine URL
is-blocked-on-this-node = { $domain } ist auf diesem Knoten blockiert
no-subscription-to = kein Abonnement für { $domain }
cannot-find = { $name } nicht gefunden: { $problem }
you-do-not-block = Sie blockieren { $name } nicht
you-do-not-mute = Sie haben { $name } nicht stummgeschaltet
there-is-no-account = es gibt kein Konto { $name }
there-is-no-rule-for = es gibt keine Regel für { $domain }
unknown-scope = unbekannte Berechtigung { $scope }
is-not-a-uri = { $value } ist keine URI
only-its-author-can-change-it = nur die verfassende Person kann es ändern
this-image-cannot-be-read = dieses Bild kann nicht gelesen werden: { $problem }
is-not-a-file-of-yours-to-attach = { $id } ist keine Ihrer Dateien, die angehängt werden kann
choose-one-picture = wählen Sie ein einziges Bild
no-account-here = hier gibt es kein Konto { $name }
you-do-not-follow = Sie folgen { $name } nicht
cannot-mention = { $name } kann nicht erwähnt werden: { $problem }
this-file-is-not-a-cairn-account-archive = diese Datei ist kein Cairn-Kontoarchiv ({ $problem })
choose-a-picture-by-uploading-it = wählen Sie ein Bild dieses Knotens aus, indem Sie es hochladen, nicht über seine Adresse
this-contains-control-characters = dies enthält Steuerzeichen
choose-a-country-from-the-list = wählen Sie ein Land aus der Liste
enter-a-date-and-time-like = geben Sie Datum und Uhrzeit wie 2026-03-29T10:00 ein
that-time-does-not-exist-in = diese Uhrzeit gibt es in { $zone } nicht: dann wird die Uhr umgestellt
that-username-is-taken = dieser Benutzername ist bereits vergeben
an-account-with-this-email-exists = ein Konto mit dieser E-Mail-Adresse gibt es bereits
group-handle-length = eine Gruppenkennung hat 2 bis 30 Zeichen
group-handle-first-letter = eine Gruppenkennung beginnt mit einem Kleinbuchstaben
group-handle-letters = eine Gruppenkennung besteht nur aus Kleinbuchstaben, Ziffern und _
that-group-handle-is-reserved = diese Gruppenkennung ist reserviert
too-many-log-in-attempts-for-this-account = zu viele Anmeldeversuche für dieses Konto
too-many-log-in-attempts-from-this-address = zu viele Anmeldeversuche von dieser Adresse
too-many-new-accounts-from-this-address = zu viele neue Konten von dieser Adresse
too-many-changes-in-a-short-time = zu viele Änderungen in kurzer Zeit
too-many-activities-from-this-server = zu viele Aktivitäten von diesem Server
too-many-activities-from-this-actor = zu viele Aktivitäten von diesem Akteur
try-again-in-seconds = { $problem }; versuchen Sie es in { $seconds } s erneut

# The command line (cairn …), in the language of LC_ALL, LC_MESSAGES or LANG
cli-cannot-read-file = { $path } kann nicht gelesen werden: { $problem }
cli-matrix-is-valid = { $path }: gültig ({ $questions } Fragen, { $options } Finanzierungsoptionen)
cli-database-is-up-to-date = die Datenbank ist auf dem neuesten Stand ({ $backend })
cli-pass-password-stdin = übergeben Sie --password-stdin und geben Sie das Passwort über die Standardeingabe ein
cli-cannot-read-the-password = das Passwort kann nicht gelesen werden: { $problem }
cli-created-account = Konto { $handle } mit der Rolle { $role } angelegt ({ $id })
cli-removing-illustrative-resources = Demoressourcen zur Veranschaulichung werden entfernt: { $done }
cli-removed-illustrative-resources = { $count } Demoressourcen zur Veranschaulichung und das Demokonto entfernt
cli-seeding-illustrative-resources = Demoressourcen zur Veranschaulichung werden angelegt: { $done }/{ $total } ({ $percent } %)
cli-added-illustrative-resources = { $count } Demoressourcen zur Veranschaulichung in { $seconds } s hinzugefügt
cli-revoked-tokens = { $count ->
    [one] { $count } API-Token von { $name } widerrufen
   *[other] { $count } API-Tokens von { $name } widerrufen
}
cli-role-is-set = { $name } hat jetzt die Rolle { $role }
cli-counts-rebuilt = Zählungen der Karte, von „Entdecken“, des Dashboards und des Repositoriums in { $seconds } s neu aus den Ressourcen berechnet
cli-search-rebuilt = Suchlisten in { $seconds } s aus { $count } Ressourcen neu aufgebaut
cli-search-rebuilt-by-itself = Die Suchmaschine von SQLite baut sich selbst neu auf: Cairn anhalten, den Ordner { $folder } löschen und Cairn starten
cli-worker-started = Cairn-Worker für { $url } ({ $backend }-Datenbank): stellt zu, kein HTTP
cli-cannot-listen-on = auf { $address } kann nicht gelauscht werden
cli-listening = Cairn lauscht auf { $address } als { $url } ({ $backend }-Datenbank)
cli-listening-web-only = Cairn lauscht auf { $address } als { $url } ({ $backend }-Datenbank, nur Web: Zustellungen übernehmen die Worker-Prozesse)
cli-cannot-read-config-file = Konfigurationsdatei { $path } kann nicht gelesen werden: { $problem }
cli-invalid-config-file = ungültige Konfigurationsdatei: { $problem }
cli-config-section-must-be-a-table = der Konfigurationsabschnitt [{ $section }] muss eine Tabelle sein
cli-invalid-configuration = ungültige Konfiguration: { $problem }
cli-server-bind-must-be-an-address = server.bind muss eine Adresse wie 127.0.0.1:8080 sein, nicht „{ $value }“
cli-tls-cert-and-key-together = server.tls_cert und server.tls_key müssen zusammen gesetzt werden
cli-max-connections-at-least-one = database.max_connections muss mindestens 1 sein
