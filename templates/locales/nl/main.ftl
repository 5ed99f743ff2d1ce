# De interface van Cairn in het Nederlands: dezelfde ids als de Engelse referentiecatalogus.

## shared

unsubscribe = Abonnement opzeggen
blocked = Geblokkeerd
resources = { $count ->
    [one] bron
   *[other] bronnen
}
upcoming-events-2 = Komende evenementen
online = Online
events = Evenementen
publish-an-event = Evenement publiceren
you-take-part = Je neemt deel.
saved = Opgeslagen.
remove-from-the-group = Uit de groep verwijderen
knowledge-repository = Kennisbank
publish-a-resource = Bron publiceren
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
nodes-sharing = { $count ->
    [one] delende node
   *[other] delende nodes
}
people = { $count ->
    [one] persoon
   *[other] mensen
}
upcoming-events = { $count ->
    [one] komend evenement
   *[other] komende evenementen
}

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
did-you-mean = Bedoelde je:
search-syntax-hint = "Aanhalingstekens" voor een woordgroep, OR voor het ene of het andere woord, -woord om er een uit te sluiten, woord* voor woorden die zo beginnen.
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
removed-by = Verwijderd door { $moderator }, { $when }
account-warned-by = Account gewaarschuwd door { $moderator }, { $when }
account-limited-by = Account beperkt door { $moderator }, { $when }
account-suspended-by = Account opgeschort door { $moderator }, { $when }
dismissed-by = Afgewezen door { $moderator }, { $when }
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

## errors: what a form, the API or the command line answers

that-username-is-reserved = die gebruikersnaam is gereserveerd
enter-an-email-address-like-name-city = voer een e-mailadres in zoals name@city.example
name-the-token-in-at-most-100 = geef het token een naam van maximaal 100 tekens
a-password-has-10-to-512-characters = een wachtwoord heeft 10 tot 512 tekens
a-role-is-admin-moderator-or-member = een rol is admin, moderator of member
enter-your-username = voer je gebruikersnaam in
enter-your-password = voer je wachtwoord in
choose-a-time-zone-such-as-europe = kies een tijdzone zoals Europe/Paris
an-event-ends-after-it-starts = een evenement eindigt nadat het begint
enter-the-webinars-https-address = voer het https://-adres van het webinar in
give-an-address-a-webinar-link-or = geef een adres, een webinarlink of allebei
capacity-is-a-number-of-people-zero = de capaciteit is een aantal personen, nul of meer
joining-is-free-approval-invite-or-external = deelname is free, approval, invite of external
an-event-is-confirmed-tentative-or-cancelled = een evenement is confirmed, tentative of cancelled
choose-a-language-e-g-en-fr = kies een taal, bijv. en, fr of de
use-at-most-20-short-topic-tags = gebruik maximaal 20 korte onderwerptags
write-something-or-attach-a-file = schrijf iets of voeg een bestand toe
a-group-name-has-2-to-100 = een groepsnaam heeft 2 tot 100 tekens
keep-the-description-under-5000-characters = houd de beschrijving onder 5000 tekens
keep-each-topic-under-50-characters = houd elk onderwerp onder 50 tekens
use-at-most-20-topics = gebruik maximaal 20 onderwerpen
choose-open-approval-or-invite = kies open, approval of invite
choose-public-or-members = kies public of members
enter-a-handle-like-anna-city-example = voer een handle in zoals @anna@city.example of het https://-adres van een actor
enter-a-domain-like-city-example = voer een domein in zoals city.example
enter-the-nodes-name = voer de naam van de node in
enter-a-pictures-https-address = voer het https://-adres van een afbeelding in
enter-an-e-mail-address-or-an = voer een e-mailadres of een https://-adres in
choose-one-of-the-languages-the-interface = kies een van de talen waarin de interface beschikbaar is
list-at-most-20-areas-of-expertise = noem maximaal 20 expertisegebieden
missing = ontbreekt
give-the-address-https-of-what-you = geef het adres (https://…) van wat je rapporteert
choose-why-you-report-this = kies waarom je dit rapporteert
this-node-has-published-no-rules-choose = deze node heeft geen regels gepubliceerd; kies een andere reden
use-the-two-letter-country-code-e = gebruik de landcode van twee letters, bijv. FR
choose-the-kind-of-resource = kies de soort bron
transition-map-phases-are-numbered-1-to = de fasen van de Transitiekaart zijn genummerd van 1 tot 6
use-at-most-20-topic-tags = gebruik maximaal 20 onderwerptags
the-period-cannot-end-before-it-starts = de periode kan niet eindigen voordat ze begint
enter-a-positive-number = voer een positief getal in
attach-at-most-20-links = voeg maximaal 20 links toe
attach-at-most-20-files-and-links = voeg samen maximaal 20 bestanden en links toe
an-attachment-needs-an-https-address = een bijlage heeft een https://-adres nodig
choose-not-started-in-progress-or-done = kies not_started, in_progress of done
not-found = niet gevonden
text-cannot-contain-nul-characters = tekst mag geen NUL-tekens bevatten
this-account-is-suspended-by-the-nodes = dit account is opgeschort door de moderators van de node
something-went-wrong-on-this-node = er is iets misgegaan op deze node
that-already-exists = dat bestaat al
the-nodes-outbox-has-pages-resources-and = de outbox van de node heeft de pagina's `resources` en `events`
no-such-activity = die activiteit bestaat niet
only-the-nodes-organisation-keeps-a-transition = alleen de organisatie van de node houdt een transitietraject bij
only-groups-have-moderators = alleen groepen hebben moderators
this-post-is-not-public-sign-the = dit bericht is niet openbaar: onderteken het verzoek
servers-must-be-between-1-and-1000 = servers moet tussen 1 en 1000 liggen
no-deliveries-to-that-domain-yet = nog geen bezorgingen naar dat domein
no-such-event = dat evenement bestaat niet
no-organiser = geen organisator
only-members-read-this-groups-posts = alleen leden lezen de berichten van deze groep
send-the-file-as-the-form-field = stuur het bestand als formulierveld `file`
send-a-json-object = stuur een JSON-object
send-the-body-as-application-json = stuur de body als application/json
cursor-must-be-a-value-from-an = cursor moet een waarde zijn uit een eerdere `next`
the-action-is-limit-unlimit-suspend-or = de actie is limit, unlimit, suspend of unsuspend
gone = verdwenen
no-such-resource = die bron bestaat niet
no-such-author = die auteur bestaat niet
no-such-post = dat bericht bestaat niet
no-such-account = dat account bestaat niet
no-such-group = die groep bestaat niet
name-a-domain-such-as-city-example = noem een domein zoals city.example
no-such-status = die status bestaat niet
no-token = geen token
invalid-token = ongeldig token
this-token-has-no-user = dit token heeft geen gebruiker
this-action-is-outside-the-authorized-scopes = Deze actie valt buiten de geautoriseerde scopes
unknown-client-id-register-the-app-first = onbekende client_id: registreer eerst de app
response-type-must-be-code = response_type moet code zijn
unknown-client-id = onbekende client_id
you-denied-the-app-access = je hebt de app toegang geweigerd
name-the-account = noem het account
delete-case-studies-and-events-from-their = verwijder praktijkvoorbeelden en evenementen via hun eigen pagina's
metrics-are-for-administrators-and-the-networks = metrics zijn er voor beheerders en voor de netwerken in server.metrics_networks
no-such-api-endpoint = dat API-endpoint bestaat niet
log-in-first = log eerst in
only-administrators-can-do-this = alleen beheerders kunnen dit doen
send-an-api-token-as-authorization-bearer = stuur een API-token mee als `Authorization: Bearer …`
this-api-token-is-not-valid-revoked = dit API-token is niet geldig (ingetrokken of verlopen?)
this-account-is-waiting-for-approval = dit account wacht op goedkeuring
choose-mute-or-block = kies mute of block
this-event-is-served-by-its-own = dit evenement wordt door zijn eigen node aangeboden
only-the-organiser-can-change-this-event = alleen de organisator kan dit evenement wijzigen
no-such-action = die actie bestaat niet
there-is-no-page-at-this-address = er is geen pagina op dit adres
no-such-member = dat lid bestaat niet
this-resource-is-served-by-its-own = deze bron wordt door haar eigen node aangeboden
only-the-author-can-change-this-resource = alleen de auteur kan deze bron wijzigen
no-such-comment = die reactie bestaat niet
this-nodes-interface-is-not-shipped-in = de interface van deze node is niet beschikbaar in die taal
nothing-on-this-node-has-that-address = niets op deze node heeft dat adres
lists-of-remote-actors-live-on-their = lijsten van actors van andere servers staan op die servers zelf
you-cannot-remove-this-post = je kunt dit bericht niet verwijderen
enter-a-number-of-days-or-leave = voer een aantal dagen in, of laat het leeg
the-transition-map-has-no-such-step = de Transitiekaart heeft zo'n stap niet
explore-has-no-such-tool-type = Verkennen kent zo'n soort instrument niet
add-resource-acct-name-domain = voeg ?resource=acct:name@domain toe
resource-must-be-acct-name-domain = resource moet acct:name@domain zijn
no-such-account-on-this-node = dat account bestaat niet op deze node
that-username-or-email-is-taken = die gebruikersnaam of dat e-mailadres is al in gebruik
this-node-does-not-take-new-registrations = deze node neemt geen nieuwe registraties aan
wrong-username-or-password = verkeerde gebruikersnaam of verkeerd wachtwoord
your-account-is-waiting-for-an-administrators = je account wacht op goedkeuring door een beheerder
a-rule-is-allow-limit-or-block = een regel is allow, limit of block
that-is-this-nodes-own-domain = dat is het eigen domein van deze node
you-cannot-take-away-your-own-administrator = je kunt je eigen beheerdersrol niet afnemen
choose-the-archive-file-to-import = kies het archiefbestand dat je wilt importeren
this-is-not-a-cairn-account-archive = dit is geen accountarchief van Cairn (versie 1)
name-an-account-name-domain-or-its = noem een account (@name@domain of het adres ervan) of een domein
that-is-this-node-block-or-mute = dat is deze node; blokkeer of negeer de accounts ervan een voor een
this-nodes-groups-and-its-own-account = de groepen van deze node en haar eigen account kunnen niet worden geblokkeerd of genegeerd
you-cannot-block-or-mute-yourself = je kunt jezelf niet blokkeren of negeren
this-account-does-not-accept-that-from = dit account accepteert dat niet van jou
this-event-was-cancelled = dit evenement is geannuleerd
this-event-is-over = dit evenement is afgelopen
this-event-takes-registrations-on-its-own = voor dit evenement meld je je aan op de eigen site ervan
the-organiser-is-gone = de organisator is verdwenen
this-event-lives-on-another-node-change = dit evenement staat op een andere node; wijzig het daar
this-event-is-by-invitation-only = dit evenement is alleen op uitnodiging
you-are-not-taking-part-in-this = je neemt niet deel aan dit evenement
only-the-organiser-decides-who-takes-part = alleen de organisator beslist wie deelneemt
no-such-request-to-join = dat verzoek om deel te nemen bestaat niet
no-such-person = die persoon bestaat niet
which-event = welk evenement?
no-such-event-on-this-node = dat evenement bestaat niet op deze node
only-the-organiser-answers-a-request-to = alleen de organisator beantwoordt een verzoek om deel te nemen
the-event-names-no-organiser-attributedto = het evenement noemt geen organisator (attributedTo)
only-its-organiser-can-publish-or-change = alleen de organisator kan dit evenement publiceren of wijzigen
this-event-lives-here = dit evenement staat hier
only-the-organiser-can-delete-this-event = alleen de organisator kan dit evenement verwijderen
you-are-already-taking-part = je neemt al deel
you-asked-to-join-already-the-organiser = je hebt al gevraagd om deel te nemen; de organisator beslist
this-event-is-full = dit evenement is vol
you-asked-to-join-already = je hebt al gevraagd om deel te nemen
you-cannot-follow-yourself = je kunt jezelf niet volgen
log-in-to-look-up-accounts-and = log in om accounts en bronnen op andere servers op te zoeken
the-follower-is-gone = de volger is verdwenen
no-such-follow-request = dat volgverzoek bestaat niet
only-the-followed-actor-can-answer-a = alleen de gevolgde actor kan een volgverzoek beantwoorden
only-the-follower-can-undo-a-follow = alleen de volger kan een volgrelatie ongedaan maken
that-handle-is-taken-choose-another = die handle is al in gebruik; kies een andere
choose-admin-moderator-or-member = kies admin, moderator of member
roles-go-to-members-of-this-node = rollen zijn alleen voor leden van deze node
group-gone = groep verdwenen
this-group-is-moderated-on-its-own = deze groep wordt op haar eigen node gemodereerd
only-the-groups-moderators-can-do-this = alleen de moderators van de groep kunnen dit doen
only-the-groups-administrators-can-do-this = alleen de beheerders van de groep kunnen dit doen
this-group-is-by-invitation-only = deze groep is alleen op uitnodiging
that-person-is-not-a-member = die persoon is geen lid
administrators-cannot-be-removed = beheerders kunnen niet worden verwijderd
only-the-nodes-administrators-record-the-citys = alleen de beheerders van de node leggen het traject van de stad vast
only-a-city-itself-can-publish-its = alleen een stad zelf kan haar traject publiceren
this-file-is-attached-already-edit-what = dit bestand is al bijgevoegd; bewerk waaraan het is bijgevoegd
no-such-file-of-yours = je hebt zo'n bestand niet
no-such-file = dat bestand bestaat niet
nothing-on-this-node-has-that-address-2 = niets op deze node heeft dat adres; rapporteer vanaf de pagina die het toont
this-is-your-own-change-or-delete = dit is van jezelf; wijzig of verwijder het liever
the-action-is-dismiss-remove-warn-limit = de actie is dismiss, remove, warn, limit of suspend
an-account-is-not-removed-limit-or = een account wordt niet verwijderd; beperk of schort het liever op
you-cannot-limit-or-suspend-yourself = je kunt jezelf niet beperken of opschorten
this-nodes-groups-and-its-own-actor = de groepen van deze node en haar eigen actor worden niet beperkt of opgeschort
status-is-open-dismissed-removed-warned-limited = status is open, dismissed, removed, warned, limited of suspended
only-moderators-and-administrators-can-do-this = alleen moderators en beheerders kunnen dit doen
owner-gone = eigenaar verdwenen
no-such-report = die rapportage bestaat niet
only-an-administrator-can-limit-or-suspend = alleen een beheerder kan een beheerder beperken of opschorten
this-account-was-suspended-or-deleted-by = dit account is opgeschort of verwijderd door zijn eigen server
you-reported-this-already-the-moderators-have = je hebt dit al gerapporteerd; de moderators hebben het
an-account-is-not-an-alias-of = een account is geen alias van zichzelf
a-person-or-an-organisation-moves-to = een persoon of organisatie verhuist naar een account, niet naar een groep
a-group-moves-to-another-group = een groep verhuist naar een andere groep
an-account-cannot-move-to-itself = een account kan niet naar zichzelf verhuizen
a-group-moves-to-a-group-and = een groep verhuist naar een groep, en alleen een groep doet dat
an-app-needs-a-name-of-up = een app heeft een naam van maximaal 100 tekens nodig
give-at-least-one-redirect-uri = geef minstens één redirect-URI
this-redirect-uri-was-not-registered-by = deze redirect-URI is niet door de app geregistreerd
the-app-asks-for-scopes-it-did = de app vraagt om scopes die ze niet heeft geregistreerd
invalid-client-the-client-id-or-secret = invalid_client: de client-id of het secret is onjuist
invalid-grant-the-code-is-wrong-used = invalid_grant: de code is onjuist, al gebruikt of verlopen
invalid-grant-wrong-username-or-password = invalid_grant: verkeerde gebruikersnaam of verkeerd wachtwoord
no-actor = geen actor
another-process-has-taken-this-reading-over = een ander proces heeft dit inlezen overgenomen
this-reading-was-ended = dit inlezen is intussen beëindigd
there-is-no-such-post-here-to = hier is geen bericht waarop je kunt antwoorden
join-the-group-before-posting-in-it = word lid van de groep voordat je erin berichten plaatst
author-gone = auteur verdwenen
only-the-author-or-the-groups-moderators = alleen de auteur of de moderators van de groep kunnen dit bericht verwijderen
only-its-author-can-publish-this-note = alleen de auteur kan dit bericht publiceren
only-members-can-post-in-this-group = alleen leden kunnen berichten plaatsen in deze groep
a-removal-names-a-post = een verwijdering noemt een bericht
the-announced-post-has-no-id = het doorgegeven bericht heeft geen id
the-group-passed-on-a-post-that = de groep gaf een bericht door dat niet in de groep staat
a-group-can-only-remove-its-own = een groep kan alleen haar eigen berichten verwijderen
only-its-author-or-its-group-can = alleen de auteur of de groep kan dit bericht verwijderen
only-its-author-can-change-this-post = alleen de auteur kan dit bericht wijzigen
only-public-posts-can-be-reblogged = alleen openbare berichten kunnen worden geboost
the-like-has-no-object = de Like heeft geen object
only-who-liked-something-can-undo-it = alleen wie iets leuk vond, kan dat ongedaan maken
write-something-first = schrijf eerst iets
keep-comments-under-5000-characters = houd reacties onder 5000 tekens
this-resource-lives-on-another-node-change = deze bron staat op een andere node; wijzig haar daar
no-author = geen auteur
only-its-author-can-publish-or-change = alleen de auteur kan dit publiceren of wijzigen
the-updated-object-has-no-id = het bijgewerkte object heeft geen id
the-deleted-object-has-no-id = het verwijderde object heeft geen id
the-announced-object-has-no-id = het doorgegeven object heeft geen id
give-a-domain-or-a-url = geef een domein of een URL
this-node-cannot-subscribe-to-itself = deze node kan zich niet op zichzelf abonneren
the-nodes-application-actor-is-missing = de applicatie-actor van de node ontbreekt
only-the-subscribed-server-can-answer-its = alleen de server waarop is geabonneerd, kan het abonnement beantwoorden
you-have-no-such-token = je hebt zo'n token niet

## errors with arguments

this-is-required = dit is verplicht
write-at-least-characters = { $min ->
    [one] schrijf minstens { $min } teken
   *[other] schrijf minstens { $min } tekens
}
keep-this-under-characters = { $max ->
    [one] houd dit onder { $max } teken
   *[other] houd dit onder { $max } tekens
}
publish-at-most-rules = { $count ->
    [one] publiceer maximaal { $count } regel
   *[other] publiceer maximaal { $count } regels
}
attach-at-most-files-to-a-post = { $count ->
    [one] voeg maximaal { $count } bestand toe aan een bericht
   *[other] voeg maximaal { $count } bestanden toe aan een bericht
}
keep-posts-under-characters = { $max ->
    [one] houd berichten onder { $max } teken
   *[other] houd berichten onder { $max } tekens
}
choose-which-rule-it-breaks = kies welke regel wordt overtreden (1 tot { $count })
file-says-it-is-but-is = dit bestand zegt { $claimed } te zijn, maar is { $detected }
a-file-may-be-at-most = een bestand mag maximaal { $size } zijn
the-map-has-no-step = de Transitiekaart heeft geen stap "{ $step }"
keep-notes-under-characters = { $max ->
    [one] houd notities onder { $max } teken
   *[other] houd notities onder { $max } tekens
}
link-at-most-pieces-of-evidence = { $count ->
    [one] koppel maximaal { $count } stuk onderbouwing
   *[other] koppel maximaal { $count } stukken onderbouwing
}
is-not-a-web-link = "{ $link }" is geen http(s)-link
is-not-a-sector-cairn-knows = { $sector } is geen sector die Cairn kent
is-not-a-step-of-the-map = { $step } is geen stap van de Transitiekaart
is-not-a-tool-type = { $tool } is geen soort instrument uit de catalogus van Verkennen
this-form-has-expired-or-came-from = dit formulier is verlopen of komt van een andere site; laad de pagina opnieuw en probeer het nog eens
finance-starting-score = Beginscore voor dit soort financiering.
finance-often-used-in-sector = Vaak gebruikt in de sector ‘{ $sector }’.
username-length = een gebruikersnaam heeft 2 tot 30 tekens
username-first-letter = een gebruikersnaam begint met een kleine letter
username-letters = een gebruikersnaam bevat alleen kleine letters, cijfers en _

# Resources in several languages
translations = Vertalingen
the-same-resource-in-other-languages = Dezelfde bron in andere talen. Vul een blok in om er een toe te voegen; maak een blok leeg om die versie te verwijderen.
translation-number = Vertaling { $number }
languages-of-this-page = Talen van deze pagina
read-in = Lezen in:
original = origineel
add-at-most-translations = voeg hoogstens { $max } vertalingen toe
translation-problem = Vertaling ‘{ $language }’: { $problem }
a-translation-is-in-another-language = een vertaling is in een andere taal dan het origineel
this-language-has-a-translation-already = deze taal heeft al een vertaling
the-same-event-in-other-languages = Hetzelfde evenement in andere talen. Vul een blok in om er een toe te voegen; maak een blok leeg om die versie te verwijderen.
the-same-group-in-other-languages = De naam en beschrijving van de groep in andere talen. Vul een blok in om er een toe te voegen; maak een blok leeg om die versie te verwijderen.

# Errors of the services and the API (the message; the error code stays English)
host-is-not-this-node = { $host } is niet deze node
there-is-no-one-called-on-this-node = er is niemand met de naam { $name } op deze node
report-at-most-statuses-at-once = rapporteer maximaal { $max } statussen tegelijk
status-is-not-by-this-account = status { $id } is niet van dit account
text-character-limit-exceeded = Tekenlimiet van { $max } voor de tekst overschreden
is-not-a-media-id = { $id } is geen media-id
malformed-json = ongeldige JSON: { $problem }
malformed-url = ongeldige URL: { $problem }
unsupported-grant-type = niet-ondersteund grant_type { $grant }
the-form-could-not-be-read = het formulier kon niet worden gelezen: { $problem }
nobody-called-is-known-here = niemand met de naam { $handle } is hier bekend
send-at-most-files-at-a-time = stuur maximaal { $max } bestanden tegelijk
is-not-a-sector = ‘{ $value }’ is geen sector
a-request-body-may-be-at-most-bytes = de body van een verzoek mag maximaal { $max } bytes zijn
name-at-most-accounts = noem maximaal { $max } accounts
account-moved-to = { $account } is verhuisd naar { $target }
cannot-check-the-new-account = kan het nieuwe account { $account } niet controleren: { $problem }
does-not-name-as-an-alias = { $account } noemt { $old } niet als alias
is-not-on-the-server-of = { $url } staat niet op de server van { $owner }
is-not-a-group = { $name } is geen groep
this-group-moved-to = deze groep is verhuisd naar { $target }
was-removed-by-this-nodes-moderators = { $url } is verwijderd door de moderators van deze node
is-a-kind-cairn-does-not-show = { $url } is van het type { $kind }, dat Cairn niet toont
is-not-a-picture-but = { $url } is { $kind }, geen afbeelding
this-report-was-handled-already = deze rapportage is al afgehandeld ({ $status })
is-neither-a-domain-nor-a-url = ‘{ $value }’ is geen domein en geen URL
is-not-a-url = ‘{ $value }’ is geen URL
is-blocked-on-this-node = { $domain } is geblokkeerd op deze node
no-subscription-to = geen abonnement op { $domain }
cannot-find = kan { $name } niet vinden: { $problem }
you-do-not-block = je blokkeert { $name } niet
you-do-not-mute = je negeert { $name } niet
there-is-no-account = er is geen account { $name }
there-is-no-rule-for = er is geen regel voor { $domain }
unknown-scope = onbekende scope { $scope }
is-not-a-uri = { $value } is geen URI
only-its-author-can-change-it = alleen de auteur kan het wijzigen
this-image-cannot-be-read = deze afbeelding kan niet worden gelezen: { $problem }
is-not-a-file-of-yours-to-attach = { $id } is geen bestand van jou dat je kunt bijvoegen
choose-one-picture = kies één afbeelding
no-account-here = geen account { $name } hier
you-do-not-follow = je volgt { $name } niet
cannot-mention = kan { $name } niet vermelden: { $problem }
this-file-is-not-a-cairn-account-archive = dit bestand is geen accountarchief van Cairn ({ $problem })
choose-a-picture-by-uploading-it = kies een afbeelding van deze node door die te uploaden, niet via het adres
this-contains-control-characters = dit bevat stuurtekens
choose-a-country-from-the-list = kies een land uit de lijst
enter-a-date-and-time-like = voer een datum en tijd in zoals 2026-03-29T10:00
that-time-does-not-exist-in = dat tijdstip bestaat niet in { $zone }: dan wordt de klok verzet
that-username-is-taken = die gebruikersnaam is al in gebruik
an-account-with-this-email-exists = er bestaat al een account met dit e-mailadres
group-handle-length = een groepshandle heeft 2 tot 30 tekens
group-handle-first-letter = een groepshandle begint met een kleine letter
group-handle-letters = een groepshandle bevat alleen kleine letters, cijfers en _
that-group-handle-is-reserved = die groepshandle is gereserveerd
too-many-log-in-attempts-for-this-account = te veel inlogpogingen voor dit account
too-many-log-in-attempts-from-this-address = te veel inlogpogingen vanaf dit adres
too-many-new-accounts-from-this-address = te veel nieuwe accounts vanaf dit adres
too-many-changes-in-a-short-time = te veel wijzigingen in korte tijd
too-many-activities-from-this-server = te veel activiteiten van deze server
too-many-activities-from-this-actor = te veel activiteiten van deze actor
try-again-in-seconds = { $problem }; probeer het over { $seconds } s opnieuw

# The command line (cairn …), in the language of LC_ALL, LC_MESSAGES or LANG
cli-cannot-read-file = kan { $path } niet lezen: { $problem }
cli-matrix-is-valid = { $path }: geldig ({ $questions } vragen, { $options } financieringsopties)
cli-database-is-up-to-date = de database is bijgewerkt ({ $backend })
cli-pass-password-stdin = gebruik --password-stdin en typ het wachtwoord via standaardinvoer
cli-cannot-read-the-password = kan het wachtwoord niet lezen: { $problem }
cli-created-account = account { $handle } aangemaakt met rol { $role } ({ $id })
cli-removing-illustrative-resources = illustratieve demobronnen verwijderen: { $done }
cli-removed-illustrative-resources = { $count } illustratieve demobronnen en het demoaccount verwijderd
cli-seeding-illustrative-resources = illustratieve demobronnen aanmaken: { $done }/{ $total } ({ $percent }%)
cli-added-illustrative-resources = { $count } illustratieve demobronnen toegevoegd in { $seconds } s
cli-revoked-tokens = { $count ->
    [one] { $count } API-token van { $name } ingetrokken
   *[other] { $count } API-tokens van { $name } ingetrokken
}
cli-role-is-set = { $name } heeft nu de rol { $role }
cli-counts-rebuilt = tellingen van de kaart, Verkennen, het dashboard en de kennisbank in { $seconds } s opnieuw berekend uit de bronnen
cli-search-rebuilt = zoeklijsten in { $seconds } s opnieuw opgebouwd uit { $count } bronnen
cli-search-rebuilt-by-itself = De zoekmachine van SQLite bouwt zichzelf opnieuw op: stop Cairn, verwijder de map { $folder } en start Cairn
cli-worker-started = Cairn-worker voor { $url } ({ $backend }-database): bezorgt, geen HTTP
cli-cannot-listen-on = kan niet luisteren op { $address }
cli-listening = Cairn luistert op { $address } als { $url } ({ $backend }-database)
cli-listening-web-only = Cairn luistert op { $address } als { $url } ({ $backend }-database, alleen web: bezorgingen worden gedaan door workerprocessen)
cli-cannot-read-config-file = kan configuratiebestand { $path } niet lezen: { $problem }
cli-invalid-config-file = ongeldig configuratiebestand: { $problem }
cli-config-section-must-be-a-table = configuratiesectie [{ $section }] moet een tabel zijn
cli-invalid-configuration = ongeldige configuratie: { $problem }
cli-server-bind-must-be-an-address = server.bind moet een adres zijn zoals 127.0.0.1:8080, niet ‘{ $value }’
cli-tls-cert-and-key-together = server.tls_cert en server.tls_key moeten samen worden ingesteld
cli-max-connections-at-least-one = database.max_connections moet minimaal 1 zijn
