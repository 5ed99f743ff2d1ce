# De interface van Cairn in het Nederlands: dezelfde ids als de Engelse referentiecatalogus.

## shared

unsubscribe = Abonnement opzeggen
blocked = Geblokkeerd
resources = bronnen
upcoming-events-2 = Komende evenementen
online = Online
events = Evenementen
publish-an-event = Evenement publiceren
you-take-part = Je neemt deel.
saved = Opgeslagen.
remove-from-the-group = Uit de groep verwijderen
knowledge-repository = Kennisbank
publish-a-resource = Bron publiceren
phase = Fase
overview = Overzicht
remove-it = Verwijderen
name = Naam
description = Beschrijving
yes = ja
no = nee
feed = Tijdlijn
home = Start
knowledge = Kennis
groups = Groepen
directory = Gids
explore = Verkennen
dashboard = Dashboard
notifications = Meldingen
reports = Rapportages
admin = Beheer
log-in = Inloggen
register = Registreren
report = Rapporteren
sectors = Sectoren
country = Land
expertise = Expertise
from = Van
pages = Pagina's
from-inline = van
sector = Sector
all-sectors = Alle sectoren
filter = Filteren
when = Wanneer
nobody-yet = Nog niemand.
accept = Accepteren
reject = Afwijzen
title = Titel
address = Adres
status = Status
topics = Onderwerpen
language = Taal
save = Opslaan
search = Zoeken
kind = Soort
city = Stad
audit-log = Auditlog
rule = Regel
block = Blokkeren
blocks-and-mutes = Geblokkeerd en genegeerd
resources-2 = Bronnen
actions = Acties
timelines = Tijdlijnen
no-groups-yet = Nog geen groepen.
find-people = Mensen zoeken
remove = Verwijderen
role = Rol
move-the-group = De groep verhuizen
this-group-has-moved-to = Deze groep is verhuisd naar

## admin

the-nodes-identity-is-saved = De identiteit van de node is opgeslagen.
the-nodes-rules-are-published = De regels van de node zijn gepubliceerd.
rule-removed = Regel verwijderd.
account-approved = Account goedgekeurd.
unsubscribe-from-this-node = Abonnement op deze node opzeggen?
this-node-stops-gathering-its-work = Deze node verzamelt dan niet langer het werk van die node; wat al verzameld is, blijft staan tot het wordt ververst.
## auth

an-administrator-approves-new-accounts-before = Een beheerder keurt nieuwe accounts goed voordat ze kunnen inloggen.
this-node-does-not-take-new = Deze node neemt geen nieuwe registraties aan.
welcome-tell-colleagues-who-you-are = Welkom! Vertel je collega's wie je bent.
thank-you-an-administrator-will-approve = Bedankt. Een beheerder keurt je account binnenkort goed.
you-are-logged-out = Je bent uitgelogd.
nodes-sharing = delende nodes
people = mensen
upcoming-events = komende evenementen

## blocks

unblocked = Gedeblokkeerd.
unmuted = Niet langer genegeerd.
blocked-follows-between-you-ended = Geblokkeerd. De volgrelaties tussen jullie zijn beëindigd.
muted = Genegeerd.

## events

past-events = Afgelopen evenementen
upcoming = Komend
past = Afgelopen
month = Maand
saved-participants-and-followers-are-told = Opgeslagen. Deelnemers en volgers worden op de hoogte gebracht.
published-it-appears-in-your-followers = Gepubliceerd. Het verschijnt in de agenda's van je volgers.
edit-event = Evenement bewerken
your-request-to-join-is-sent = Je verzoek om deel te nemen is verstuurd.
you-no-longer-take-part = Je neemt niet meer deel.
tentative = Voorlopig
cancelled = Geannuleerd
calendar-views = Agendaweergaven
online-only = Alleen online
subscribe-to-this-calendar-ical = Abonneren op deze agenda (iCal)
no-events-here-yet-follow-more = Hier zijn nog geen evenementen. Volg meer steden om die van hen te zien, of publiceer er zelf een.
this-event-will-not-take-place = dit evenement gaat niet door.
the-events-picture = De afbeelding van het evenement
where = Waar
the-link-is-shown-to-participants = De link wordt getoond aan deelnemers zodra ze deelnemen.
the-organisers-node-sends-the-link = De node van de organisator stuurt de link naar de deelnemers; die is hier nog niet aangekomen.
organiser = Organisator
participants = Deelnemers
you-asked-to-join-the-organiser = Je hebt gevraagd om deel te nemen; de organisator beslist.
your-request-was-not-accepted = Je verzoek is niet geaccepteerd.
leave = Afmelden
take-part = Deelnemen
log-in-to-take-part = Log in om deel te nemen
add-to-my-calendar-ics = Toevoegen aan mijn agenda (.ics)
edit-or-cancel = Bewerken of annuleren
markdown = Markdown.
banner-picture = Bannerafbeelding
what-the-banner-shows-alt-text = Wat de banner toont (alt-tekst)
starts = Begint
local-time-where-the-event-happens = Lokale tijd op de plaats van het evenement.
ends = Eindigt
time-zone = Tijdzone
for-example-europe-paris = Bijvoorbeeld Europe/Paris
webinar-link = Webinarlink
places-2 = Plaatsen
leave-empty-for-no-limit = Laat leeg voor geen limiet.
taking-part-2 = Deelname
anyone-can-join = Iedereen kan deelnemen
the-organiser-approves-each = De organisator keurt elke deelnemer goed
by-invitation = Op uitnodiging
registration-elsewhere = Aanmelden elders
confirmed = Bevestigd
separate-with-commas = Scheid met komma's

## follows

you-follow-them-now = Je volgt hen nu.
follow-request-sent = Volgverzoek verstuurd.
you-no-longer-follow-them = Je volgt hen niet meer.
request-accepted = Verzoek geaccepteerd.
request-rejected = Verzoek afgewezen.

## groups

group-saved = Groep opgeslagen.
group-created = Groep aangemaakt.
the-groups-earlier-names-are-saved = De eerdere namen van de groep zijn opgeslagen.
the-members-are-moving-to-the = De leden verhuizen naar de nieuwe groep.
welcome-to-the-group = Welkom in de groep.
request-sent-a-moderator-will-answer = Verzoek verstuurd: een moderator neemt een beslissing.
you-left-the-group = Je hebt de groep verlaten.
posted-to-the-group = Geplaatst in de groep.
accepted = Geaccepteerd.
refused = Geweigerd.
remove-this-member-from-the-group = Dit lid uit de groep verwijderen?
they-stop-receiving-the-groups-posts = Dit lid ontvangt de berichten van de groep niet meer, en de volgers van de groep worden op de hoogte gebracht.

## knowledge

published-your-followers-and-the-citys = Gepubliceerd. Je volgers en die van de stad krijgen het te zien.
edit-resource = Bron bewerken
saved-the-change-goes-out-to = Opgeslagen. De wijziging wordt verstuurd naar iedereen die de bron heeft.
delete-this-resource = Deze bron verwijderen?
delete-it = Verwijderen
deleted-the-deletion-goes-out-to = Verwijderd. De verwijdering wordt verstuurd naar iedereen die de bron had.
comment-posted = Reactie geplaatst.
illustrative-demo-data = Illustratieve demogegevens
search-case-studies-methods-videos = Zoek praktijkvoorbeelden, methoden, video's…
filters = Filters
sort-by = sorteren op
relevance = relevantie
newest = nieuwste
atom-feed-of-this-search = Atom-feed van deze zoekopdracht
this-page-is-past-the-last = Deze pagina ligt voorbij het laatste resultaat.
back-to-the-first-page = Terug naar de eerste pagina
this-node-holds-no-resources-yet = Deze node bevat nog geen bronnen.
publish-the-first-one = Publiceer de eerste
or-follow-other-cities-to-gather = of volg andere steden om hun werk te verzamelen.
nothing-matches-try-fewer-words-or = Geen resultaten. Probeer minder woorden of filters, of volg meer steden om de kennisbank uit te breiden.
previous = Vorige
page = Pagina
next = Volgende
illustrative-demo-data-not-a-real = Illustratieve demogegevens: geen resultaten van een echte stad
by = Door
published-on = gepubliceerd op
on-the-transition-map-and-in = Op de Transitiekaart en in Verkennen
attachments = Bijlagen
edit = Bewerken
delete = Verwijderen
comments = Reacties
add-a-comment = Reactie toevoegen
comment = Reactie
log-in-to-comment = Log in om te reageren
preview = Voorbeeld
summary = Samenvatting
plain-text-a-few-sentences-mastodon = Platte tekst, een paar zinnen: Mastodon toont dit bij de titel.
body-2 = Hoofdtekst
markdown-bold-italic-links-https-lists = Markdown: **vet**, _cursief_, [links](https://…), lijsten.
transition-map-phases = Fasen van de Transitiekaart
transition-map-steps-it-helps-with = Stappen van de Transitiekaart waarbij het helpt
explore-tool-types-it-is-an = Soorten instrumenten in Verkennen waarvan het een voorbeeld is
separate-with-commas-e-g-citizen = Scheid met komma's, bijv. burgerparticipatie, warmtepompen
licence = Licentie
for-example-cc-by-4-0 = Bijvoorbeeld CC BY 4.0
started-year = Gestart (jaar)
ended-year = Beëindigd (jaar)
emissions-avoided-tco2e-per-year = Vermeden uitstoot (tCO2e per jaar)
only-figures-you-can-stand-behind = Alleen cijfers waar je achter kunt staan.
investment-eur = Investering (EUR)
people-reached = Bereikte mensen
add-files = Bestanden toevoegen
a-few-at-a-time-pdf = Een paar tegelijk: PDF, kantoordocumenten, CSV, tekst of afbeeldingen (JPEG, PNG, WebP, GIF; de locatiegegevens worden verwijderd). Na het versturen staan ze hieronder bij Bijlagen, met Voorbeeld of Publiceren.
what-the-files-show-alt-text = Wat de bestanden tonen (alt-tekst)
for-people-who-cannot-see-them = Voor mensen die ze niet kunnen zien; bij Bijlagen kun je elk bestand een eigen titel geven.
one-per-line-address-title-media = Eén per regel: adres | titel | mediatype
publishing-organisation = Publicerende organisatie
publish = Publiceren

## moderation

thank-you-the-moderators-here-will = Bedankt. De moderators hier gaan ernaar kijken.
a-person-here = iemand op deze node
a-person-here-whose-account-is = iemand op deze node van wie het account niet meer bestaat
removed-the-report-is-closed-and = Verwijderd. De rapportage is gesloten en de melder is op de hoogte gebracht.
dismissed-the-report-is-closed-and = Afgewezen. De rapportage is gesloten en de melder is op de hoogte gebracht.
warned-the-account-is-told-and = Gewaarschuwd. Het account is op de hoogte gebracht, en de melder ook.
limited-the-account-is-left-out = Beperkt. Het account wordt weggelaten uit openbare tijdlijnen, zoekresultaten en lijsten; de volgers zien het nog wel.
suspended-nothing-more-is-taken-from = Opgeschort. Er wordt niets meer van dat account aangenomen, en wat het hier had, is verwijderd.
report-to-the-moderators = Rapporteren aan de moderators
why-do-you-report-it = Waarom rapporteer je dit?
which-rule-does-it-break = Welke regel wordt overtreden?
only-when-the-reason-is-one = Alleen als de reden een van de regels van deze node is.
none = Geen
what-should-the-moderators-know = Wat moeten de moderators weten?
optional-up-to-1000-characters-moderators = Optioneel, maximaal 1000 tekens. De moderators lezen het, en die van de andere server ook als je het daarheen stuurt.
also-send-the-report-to-the = Stuur de rapportage ook naar de moderators van
it-goes-in-this-nodes-name = Die wordt verstuurd op naam van deze node, met je toelichting: je naam wordt niet meegestuurd.
send-the-report = Rapportage versturen
reports-by-state = Rapportages per status
open = Open
removed = Verwijderd
warned = Gewaarschuwd
limited = Beperkt
suspended = Opgeschort
dismissed = Afgewezen
no-reports-here = Geen rapportages.
no-longer-here = niet meer aanwezig
account = Account
reported-by = Gerapporteerd door
none-about-this-account = Geen over dit account.
note-for-the-audit-log = Notitie voor het auditlog
warn-the-account = Account waarschuwen
limit-the-account = Account beperken
suspend-the-account = Account opschorten
dismiss = Afwijzen
every-moderation-and-administration-action-as = Elke moderatie- en beheeractie, zoals die is uitgevoerd. Niemand kan dit hier wijzigen.
action = Actie
any = Alle
done-by-username = Uitgevoerd door (gebruikersnaam)
show = Tonen
nothing-recorded-yet = Nog niets vastgelegd.
who = Wie
target = Doel
note = Notitie
unmute = Niet meer negeren
mute = Negeren
unblock = Deblokkeren
nobody = Niemand.
a-blocked-account-cannot-follow-you = Een geblokkeerd account kan je niet volgen, niet vermelden, niet reageren op wat je publiceert en niet deelnemen aan je evenementen; de volgrelaties tussen jullie worden beëindigd en de server van het account wordt op de hoogte gebracht. Een genegeerd account verdwijnt alleen uit je tijdlijn en meldingen; niemand wordt op de hoogte gebracht. Beide kunnen ook een heel domein zijn.
account-or-domain = Account of domein
name-city-example-the-address-of = @name@city.example, het adres van een account, of een domein zoals city.example
what-to-do = Wat te doen
muted-2 = Genegeerd

## profile

followers = Volgers
following = Volgend
your-profile-is-saved = Je profiel is opgeslagen.
your-other-accounts-are-saved = Je andere accounts zijn opgeslagen.
your-followers-are-moving-to-your = Je volgers verhuizen naar je nieuwe account.
organisation = Organisatie
this-account-has-moved-to = Dit account is verhuisd naar
this-profile-lives-on = Dit profiel staat op
edit-your-profile = Je profiel bewerken
follow-requests = Volgverzoeken
no-requests-are-waiting = Er wachten geen verzoeken.
choose-whether-you-approve-followers = Kies of je volgers zelf goedkeurt
edit-profile = Profiel bewerken
display-name = Weergavenaam
job-title = Functie
where-you-work-e-g-city = Waar je werkt, bijv. Stad Gent, klimaatteam
separate-topics-with-commas-e-g = Scheid onderwerpen met komma's, bijv. warmtenet, fietsen
about-you = Over jou
your-picture = Je profielfoto
or-the-address-of-a-picture = Of het adres van een afbeelding elders
header-picture-across-the-top-of = Omslagfoto, bovenaan je pagina
or-the-address-of-a-header = Of het adres van een omslagfoto elders
approve-each-new-follower-myself = Elke nieuwe volger zelf goedkeuren
your-api-tokens = Je API-tokens
move-your-account = Je account verhuizen
coming-here-from-another-group = Hierheen komen vanuit een andere groep
coming-here-from-another-account = Hierheen komen vanuit een ander account
name-the-group-this-one-takes = Noem de groep die deze groep overneemt en verhuis die vervolgens van daaruit: de leden, moderators en discussies komen hierheen.
name-the-account-you-had-before = Noem het account dat je eerder had en verhuis het vervolgens van daaruit: de volgers ervan gaan je hier volgen.
the-groups-this-one-was-before = De groepen die deze groep eerder was
handles-like-heat-network-example-separated = Handles zoals @heat@network.example, gescheiden door komma's
your-other-accounts = Je andere accounts
handles-like-anna-lyon-example-separated = Handles zoals @anna@lyon.example, gescheiden door komma's
your-data = Je gegevens
download-your-data = Je gegevens downloaden
your-resources-events-public-posts-profile = : je bronnen, evenementen, openbare berichten, profiel en volgrelaties, om te importeren op je nieuwe node.
import-data-from-another-node = Gegevens importeren van een andere node
moving-this-group-away = Deze groep verhuizen
moving-this-account-away = Dit account verhuizen
first-create-the-new-group-on = Maak eerst de nieuwe groep aan op de andere node en noem deze groep daar. Leden hier en op andere servers worden lid van de nieuwe groep, waarvan de node de moderators en de discussies overneemt; deze groep verwijst er dan naar.
the-new-group = De nieuwe groep
a-handle-like-heat-gent-example = Een handle zoals @heat@gent.example
move-the-members-to-it = De leden ernaartoe verhuizen
first-name-this-account-on-the = Noem eerst dit account op het nieuwe account. Je volgers, hier en op andere servers, gaan het nieuwe account volgen; dit account verwijst er dan naar.
your-new-account = Je nieuwe account
a-handle-like-anna-gent-example = Een handle zoals @anna@gent.example
move-my-followers-to-it = Mijn volgers ernaartoe verhuizen
import-your-data = Je gegevens importeren
not-imported = Niet geïmporteerd
publish-here-as-this-account-the = Publiceer hier, als dit account, de bronnen, evenementen en openbare berichten uit een archief dat van een andere node is gedownload, en volg opnieuw wie dat account volgde. Items die hier al zijn, worden niet twee keer gepubliceerd.
archive-file = Archiefbestand
the-cairn-json-file-from-download = Het bestand cairn-….json uit 'Je gegevens downloaden' op je oude node (maximaal 1 MiB)
import = Importeren
api-tokens = API-tokens
scripts-and-apps-act-as-you = Scripts en apps handelen met een token namens jou. Trek een token in dat je niet meer gebruikt of dat mogelijk is uitgelekt.
your-new-token-copy-it-now = Je nieuwe token. Kopieer het nu: het wordt niet opnieuw getoond.
you-have-no-api-tokens = Je hebt geen API-tokens.
created = Aangemaakt
last-used = Laatst gebruikt
expires = Verloopt
revoke = Intrekken
new-token = Nieuw token
what-is-it-for = Waarvoor dient het?
expires-after-days = Verloopt na (dagen)
leave-empty-for-a-token-that = Laat leeg voor een token dat geldig blijft tot je het intrekt
make-a-token = Token aanmaken

## social

reply-posted = Antwoord geplaatst.
posted = Geplaatst.
remove-this-post = Dit bericht verwijderen?
it-disappears-here-and-the-servers = Het verdwijnt hier, en de servers die het hebben ontvangen, krijgen het verzoek het te verwijderen.
post-removed = Bericht verwijderd.
in-inline = in
replying-to = Antwoord op
a-post = een bericht
markdown-mention-people-as-name-host = Markdown; vermeld mensen als @naam@host, tag onderwerpen met #woord.
post = Bericht
what-are-you-working-on = Waar werk je aan?
nothing-here-yet = Hier staat nog niets.
find-colleagues-and-groups-to-follow = Vind collega's en groepen om te volgen
no-resource-is-filed-under-this = Er is geen bron onder deze tag ingedeeld.
all-resources-with-this-tag = Alle bronnen met deze tag
posts-2 = Berichten
no-public-post-uses-this-tag = Nog geen openbaar bericht gebruikt deze tag.
post-by = Bericht van
replies = Antwoorden
reply = Antwoord
create-a-group = Groep aanmaken
search-groups = Groepen zoeken
start-one = Start er een
edit-the-group = De groep bewerken
handle = Handle
lowercase-letters-digits-and-the-groups = Kleine letters, cijfers en _; het adres van de groep wordt @handle@deze-node.
the-groups-picture = De afbeelding van de groep
separated-by-commas = Gescheiden door komma's.
who-can-join = Wie kan lid worden
who-can-read-the-discussions = Wie kan de discussies lezen
create-the-group = Groep aanmaken
discussions-for-members-only = Discussies alleen voor leden
public-discussions = Openbare discussies
this-group-lives-on = Deze groep staat op
leave-the-group = Groep verlaten
your-request-to-join-waits-for = Je verzoek om lid te worden wacht op een moderator.
withdraw-the-request = Verzoek intrekken
join = Lid worden
ask-to-join = Lidmaatschap aanvragen
log-in-to-join = Log in om lid te worden
waiting-to-join = Wachten op toelating
nobody-is-waiting = Er wacht niemand.
refuse = Weigeren
invite-someone-name-host = Iemand uitnodigen (@naam@host)
invite = Uitnodigen
discussions = Discussies
start-a-discussion = Discussie starten
discussions-are-for-members-only = Discussies zijn alleen voor leden.
no-discussions-yet = Nog geen discussies.
members-2 = Leden
set-role = Rol instellen
people-cities-and-groups-here-and = Mensen, steden en groepen, hier en op de nodes die deze node kent.
look-someone-up-by-handle = Iemand opzoeken via een handle
nobody-matches-try-fewer-filters-or = Niemand gevonden. Probeer minder filters, of zoek iemand op via een handle bij
view-and-join = Bekijken en lid worden
nothing-new = Niets nieuws.
see = bekijken

## transition

saved-and-published-to-the-citys = Opgeslagen en gepubliceerd voor de volgers van de stad.
the-climate-transition-map-as-a = De Klimaattransitiekaart als traject
evidence = Onderbouwing
updated = bijgewerkt
templates-for-this-phase = Sjablonen voor deze fase
transition-map = Transitiekaart
climate-transition-map = Klimaattransitiekaart
six-phases-from-a-political-mandate = Zes fasen, van een politiek mandaat tot een nieuw normaal. Elke stap verwijst naar wat steden erover hebben gepubliceerd, hier en op de nodes die deze node volgt.
transition-journey = Transitietraject
transition-journey-of = Transitietraject van
last-updated = Laatst bijgewerkt
steps-done-2 = Stappen afgerond
open-a-step-to-record-where = Open een stap om vast te leggen waar de stad staat.
other-cities-journeys = Trajecten van andere steden
guidance = Handreiking
expected-outputs = Verwachte resultaten
where-the-city-stands = Waar de stad staat
record-the-citys-progress = Voortgang van de stad vastleggen
notes = Notities
links-to-resources-that-show-the = Links naar bronnen die het werk laten zien, één per regel.
save-and-publish = Opslaan en publiceren
resources-for-this-step = Bronnen voor deze stap
resources-filed-under-this-step-or = Bronnen die onder deze stap zijn ingedeeld (of getagd met
share-your-citys-work-on-this = Deel het werk van je stad aan deze stap
nothing-published-for-this-step-yet = Voor deze stap is nog niets gepubliceerd.
no-templates-for-this-phase-yet = Nog geen sjablonen voor deze fase.
all-templates-for-this-phase = Alle sjablonen voor deze fase
explore-the-tools-cities-use = Verken de instrumenten die steden gebruiken
no-tool-of-this-kind-for = Geen instrument van deze soort voor die sector.
examples-from-the-repository = Voorbeelden uit de kennisbank
resources-filed-under-this-tool-type = Bronnen die onder dit soort instrument zijn ingedeeld (of getagd met
share-your-citys-work-with-this = Deel het werk van je stad met dit instrument
no-examples-yet = Nog geen voorbeelden.
score = Score
finances = Financiën
pros = Voordelen
cons = Nadelen
related-programmes = Verwante programma's
why-this-score = Waarom deze score
financial-guidance = Financieringswijzer
pick-the-sectors-of-your-project = Kies de sectoren van je project en beantwoord vijf vragen: Cairn rangschikt de manieren waarop steden zulke projecten financieren en licht elke score toe. Algemene richtlijnen, geen advies voor een specifiek geval.
sectors-of-the-project = Sectoren van het project
rank-financing-options = Financieringsopties rangschikken
financing-options-best-match-first = Financieringsopties, beste match eerst
share-these-results = Deel deze resultaten
link-to-this-assessment = link naar deze beoordeling

## api_docs

in = In
type = Type
required = Verplicht
api = API
the-json-api = De JSON-API
everything-a-person-does-on-these = Alles wat iemand op deze pagina's doet, kan een script ook doen via{" "}
get-a-token-with-post-auth = Vraag een token aan met POST /auth/token en stuur het mee als Authorization: Bearer …. Fouten zijn JSON:{" "}
with-every-field-at-fault-in = , met elk foutief veld in errors.
the-openapi-3-1-description = De OpenAPI 3.1-beschrijving
for-code-generators-and-testing-tools = {" "}(voor codegeneratoren en testtools).
api-sections = API-onderdelen
token = token
body = Body:{" "}
types = Typen

## components

skip-to-main-content = Naar de hoofdinhoud
main = Hoofdmenu
menu = Menu
powered-by-cairn-a-federated-knowledge = Mogelijk gemaakt door Cairn, een gefedereerde kennismeent voor klimaatneutrale steden.
map = Kaart
finance = Financiering
my-profile = Mijn profiel
requests = Verzoeken
log-out = Uitloggen
cancel = Annuleren
please-check-the-form = Controleer het formulier
not-set = Niet ingesteld
any-country = Elk land
log-in-to-follow = Log in om te volgen
follow = Volgen
follow-request-sent-2 = Volgverzoek verstuurd
withdraw-request = Verzoek intrekken
unfollow = Ontvolgen
older = Ouder
jpeg-png-webp-or-gif-its = JPEG, PNG, WebP of GIF; de locatiegegevens worden verwijderd.
remove-this-picture = Deze afbeelding verwijderen
the-picture-you-sent-is-kept = De afbeelding die je hebt gestuurd, blijft bewaard; kies een andere om die te vervangen.

## network

delivery-by-server = Bezorging per server
nothing-is-waiting-for-any-server = Er ligt voor geen enkele server iets klaar.
server = Server
waiting = Wachtend
sending = Wordt verzonden
last-success = Laatste succes
last-error = Laatste fout
next-try = Volgende poging
dropped = Verworpen
now = nu
node-directory = Nodegids
nodes-and-relays-this-node-subscribes = Nodes en relays waarop deze node is geabonneerd: alles wat ze openbaar publiceren, wordt hier verzameld, en hun geschiedenis wordt aangevuld uit hun outbox.
no-subscriptions-yet = Nog geen abonnementen.
node = Node
state = Status
backfill = Aanvulling
last-contact = Laatste contact
reachable = Bereikbaar
subscribe-to-a-node-or-relay = Abonneren op een node of relay
subscribe = Abonneren
resources-by-year-stacked-by-sector = Bronnen per jaar, gestapeld per sector
network-dashboard = Netwerkdashboard
everything-this-node-holds-its-own = Alles wat deze node bevat: het eigen werk en wat de node verzamelt van de nodes die ze volgt en waarop ze is geabonneerd. Impactcijfers staan er zoals de auteurs ze hebben gerapporteerd; een bron met meerdere sectoren telt in elk daarvan mee.
leave-out-illustrative-demo-data = Illustratieve demogegevens weglaten
illustrative-demo-data-is-left-out = Illustratieve demogegevens zijn weggelaten.
count-it-too = Ook meetellen
avoided = vermeden
invested = geïnvesteerd
nothing-gathered-yet = Nog niets verzameld.
by-sector = Per sector
resources-by-sector = Bronnen per sector
reported-reductions-by-sector = Gerapporteerde reducties per sector
reported-investment-by-sector = Gerapporteerde investeringen per sector
by-country = Per land
resources-by-country = Bronnen per land
reported-reductions-by-country = Gerapporteerde reducties per land
reported-investment-by-country = Gerapporteerde investeringen per land
over-time = In de tijd
cities-on-the-transition-map = Steden op de Transitiekaart
no-city-has-shared-its-journey = Nog geen enkele stad heeft haar traject met deze node gedeeld.
none-planned = Niets gepland.

## pages

contact = Contact
join-this-node = Word lid van deze node
or-log-in = of log in
search-the-knowledge-repository = Doorzoek de kennisbank
e-g-district-heating = bijv. warmtenet
this-network-in-figures = Dit netwerk in cijfers
latest-case-studies = Nieuwste praktijkvoorbeelden
no-case-studies-yet = Nog geen praktijkvoorbeelden.
share-your-citys-work = Deel het werk van je stad
all-case-studies = Alle praktijkvoorbeelden
no-events-planned = Geen evenementen gepland.
the-calendar = De agenda
all-groups = Alle groepen
our-transition = Onze transitie
follow-the-journey = Volg het traject
the-transition-map = De Transitiekaart
the-dashboard = Het dashboard
the-organisation = De organisatie
people-on-this-node = Mensen op deze node
nobody-has-joined-yet = Er heeft zich nog niemand aangesloten.
be-the-first = Wees de eerste.
the-directory = De gids
username = Gebruikersnaam
password = Wachtwoord
no-account-yet = Nog geen account?
create-an-account = Maak een account aan
the-rules-of-this-node = De regels van deze node
by-creating-an-account-you-agree = Door een account aan te maken, ga je ermee akkoord.
lowercase-letters-digits-and-it-becomes = Kleine letters, cijfers en _; dit wordt je handle.
email = E-mail
at-least-10-characters-mix-letters = Minstens 10 tekens; combineer letters met cijfers of symbolen.
create-account = Account aanmaken
find-a-colleague-or-a-city = Zoek een collega of een stad
handle-or-address = Handle of adres
for-example-anna-lyon-example-or = Bijvoorbeeld @anna@lyon.example of https://lyon.example/users/anna
look-up = Opzoeken
found = Gevonden
administration = Beheer
node-identity = Identiteit van de node
how-this-node-presents-itself-the = Hoe deze node zich presenteert: de naam vervangt "Cairn" op elke pagina, en de volgers van de organisatie op andere servers zien de wijziging.
logo-address = Adres van het logo
an-https-address-of-a-picture = Een https://-adres van een afbeelding
an-e-mail-address-or-an = Een e-mailadres of een https://-pagina waar mensen je team kunnen bereiken
save-the-identity = Identiteit opslaan
node-rules = Regels van de node
what-everyone-here-agrees-to-shown = Waar iedereen hier mee akkoord gaat: getoond bij de registratie, in NodeInfo en in Mastodon-apps. Zet elke regel op een eigen lijn.
rules = Regels
publish-the-rules = Regels publiceren
federation = Federatie
deliveries-waiting = bezorgingen in de wachtrij
given-up = opgegeven
domain-rules = Domeinregels
blocked-in-the-configuration-file = Geblokkeerd in het configuratiebestand
allowed-in-the-configuration-file = Toegestaan in het configuratiebestand
no-domain-rules-yet-this-node = Nog geen domeinregels: deze node federeert met iedereen.
domain = Domein
block-refuse-its-activities-fetch-nothing = Blokkeren: activiteiten weigeren, niets ophalen, niets bezorgen en verwijderen wat het domein hier had
limit-keep-it-out-of-public = Beperken: weglaten uit openbare tijdlijnen, zoekresultaten en lijsten; volgers zien het nog wel
allow-once-any-domain-is-allowed = Toestaan: zodra er een domein is toegestaan, federeren alleen toegestane domeinen
add-rule = Regel toevoegen
financial-guidance-matrix = Matrix van de financieringswijzer
source = Bronbestand
financing-options-in-use = financieringsopties in gebruik.
the-matrix-file-was-not-loaded = Het matrixbestand is niet geladen; de laatste goede matrix blijft in gebruik.
reload-the-matrix-file = Matrixbestand opnieuw laden
accounts-waiting-for-approval = Accounts die op goedkeuring wachten
none-2 = Geen.
approve = Goedkeuren
error = Fout
something-is-not-right = Er klopt iets niet
back-to-the-home-page = Terug naar de startpagina
authorize-an-app = Een app autoriseren
authorize = Autoriseren
this-app-asks-to-act-for = Deze app vraagt om namens je account te handelen met deze rechten:
username-or-email = Gebruikersnaam of e-mail
deny = Weigeren
authorization-code = Autorisatiecode
copy-this-code-into-the-app = Kopieer deze code in de app:

## labels chosen by code

followed-you = volgt je nu
asked-to-follow-you = heeft gevraagd je te volgen
mentioned-you = heeft je vermeld
replied-to-you = heeft op je gereageerd
asked-to-join-a-group-you = vraagt lid te worden van een groep die je modereert
accepted-you-as-a-member = heeft je als lid geaccepteerd
did-not-accept-your-request-to = heeft je verzoek om lid te worden niet geaccepteerd
invited-you-to-join-a-group = heeft je uitgenodigd om lid te worden van een groep
removed-your-post-from-a-group = heeft je bericht uit een groep verwijderd
changed-an-event-you-take-part = heeft een evenement gewijzigd waaraan je deelneemt
cancelled-an-event-you-take-part = heeft een evenement geannuleerd waaraan je deelneemt
acted-on-what-you-reported-thank = heeft actie ondernomen op wat je hebt gerapporteerd; bedankt
looked-at-what-you-reported-and = heeft bekeken wat je hebt gerapporteerd en het gelaten zoals het is
warned-you-about-something-you-published = heeft je gewaarschuwd over iets wat je hebt gepubliceerd; lees de regels van de node
did-something = heeft iets gedaan
transition-map-phase = Fase van de Transitiekaart
year = Jaar
not-started = Niet gestart
in-progress-2 = In uitvoering
done = Afgerond
moderators-approve-new-members = Moderators keuren nieuwe leden goed
open-to-all = Open voor iedereen
everyone = Iedereen
members-only = Alleen leden
people-2 = Mensen
cities-and-organisations = Steden en organisaties
group = Groep
resource-2 = Bron
event = Evenement
content = Inhoud
mon = ma
tue = di
wed = wo
thu = do
fri = vr
sat = za
sun = zo
yes-2 = Ja
no-2 = Nee

## counts and names: messages with arguments

resource-count = { $count ->
    [one] { $count } bron
   *[other] { $count } bronnen
}
all-resource-count = { $count ->
    [one] De enige bron
   *[other] Alle { $count } bronnen
}
follower-count = { $count ->
    [one] { $count } volger
   *[other] { $count } volgers
}
following-count = { $count } volgend
followers-known-here-count = { $count ->
    [one] { $count } volger die hier bekend is
   *[other] { $count } volgers die hier bekend zijn
}
member-count = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
steps-done-of-total = { $done } / { $total } stappen afgerond
steps-done-out-of = { $done } van { $total } stappen afgerond
steps-done-count = { $done ->
    [one] { $done } stap afgerond
   *[other] { $done } stappen afgerond
}
in-progress-count = { $count } in uitvoering
map-steps-done = { $done } van { $total } stappen van de Transitiekaart afgerond
participant-count = { $count } aangemeld
places-taken-count = { $taken } / { $capacity } plaatsen bezet
capacity-places = { $count ->
    [one] ({ $count } plaats)
   *[other] ({ $count } plaatsen)
}
import-summary = Geïmporteerd: { $resources } bronnen, { $events } evenementen, { $posts } berichten, { $follows } volgrelaties.
import-already-here = { $count ->
    [one] { $count } item was er al en is niet opnieuw gepubliceerd.
   *[other] { $count } items waren er al en zijn niet opnieuw gepubliceerd.
}
earlier-reports-summary = Eerdere rapportages: { $account } over dit account, { $domain-count } over { $domain }
finance-matrix-reloaded-options = Financieringsmatrix opnieuw geladen ({ $count } opties)
rule-saved-for-domain = Regel opgeslagen voor { $domain }
subscribed-to-domain = Geabonneerd op { $domain }
unsubscribed-from-domain = Abonnement op { $domain } opgezegd
domain-blocked = { $domain } geblokkeerd
invited-person = { $handle } uitgenodigd
comment-by-name = Reactie van { $name }
the-moderators-of-domain = De moderators van { $domain }
phase-number = Fase { $number }

## languages

interface-language = Taal van de interface
change-language = Wijzigen
language-as-the-browser-asks = Zoals mijn browser vraagt
node-default-language = Standaardtaal van de interface
node-default-language-hint = Voor bezoekers van wie de browser om geen van de talen vraagt waarin Cairn beschikbaar is, en voor de opdrachtregel.
## units after figures

unit-thousand = k
unit-million = mln
unit-billion = mld
unit-co2e-per-year = CO₂e/jaar

## labels chosen by code, later

this-node-timeline = Deze node
everything-known-timeline = Alles wat bekend is
removed-by = Verwijderd door
account-warned-by = Account gewaarschuwd door
account-limited-by = Account beperkt door
account-suspended-by = Account opgeschort door
dismissed-by = Afgewezen door
report-reason-spam = Spam of reclame
report-reason-abuse = Intimidatie, haat of bedreigingen
report-reason-illegal = Illegale inhoud
report-reason-misleading = Onjuiste of misleidende informatie
report-reason-rule = Overtreedt een van de regels van deze node
report-reason-other = Iets anders
phases = Fasen
place = Plaats
period = Periode
emissions-avoided = Vermeden uitstoot
investment = Investering
name-organisation-or-topic = Naam, organisatie of onderwerp
role-or-job-title = Rol of functie
the-token-was-revoked = Het token is ingetrokken.
thank-you-the-moderators-here-will-look-forwarded = Bedankt. De moderators hier gaan ernaar kijken, en de rapportage is doorgestuurd naar die van de server waar het vandaan komt.
it-disappears-from-this-node-resource = De bron verdwijnt van deze node, en elke node en server met een kopie krijgt het verzoek die te verwijderen. Dit kan niet ongedaan worden gemaakt.
