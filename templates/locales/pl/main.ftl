# Interfejs Cairn po polsku: tłumaczenie katalogu referencyjnego (angielskiego), z tymi samymi identyfikatorami.

## shared

unsubscribe = Anuluj subskrypcję
blocked = Zablokowane
resources = zasobów
upcoming-events-2 = Nadchodzące wydarzenia
online = Online
events = Wydarzenia
publish-an-event = Opublikuj wydarzenie
you-take-part = Bierzesz udział.
saved = Zapisano.
remove-from-the-group = Usuń z grupy
knowledge-repository = Repozytorium wiedzy
publish-a-resource = Opublikuj zasób
phase = Etap
overview = Przegląd
remove-it = Usuń
name = Nazwa
description = Opis
yes = tak
no = nie
feed = Aktualności
home = Strona główna
knowledge = Wiedza
groups = Grupy
directory = Katalog
explore = Przeglądaj
dashboard = Pulpit
notifications = Powiadomienia
reports = Zgłoszenia
admin = Administracja
log-in = Zaloguj się
register = Zarejestruj się
report = Zgłoś
sectors = Sektory
country = Kraj
expertise = Specjalizacje
from = Z węzła
pages = Strony
from-inline = z węzła
sector = Sektor
all-sectors = Wszystkie sektory
filter = Filtruj
when = Kiedy
nobody-yet = Jeszcze nikogo.
accept = Akceptuj
reject = Odrzuć
title = Tytuł
address = Adres
status = Status
topics = Tematy
language = Język
save = Zapisz
search = Szukaj
kind = Rodzaj
city = Miasto
audit-log = Dziennik audytu
rule = Reguła
block = Zablokuj
blocks-and-mutes = Blokady i wyciszenia
resources-2 = Zasoby
actions = Działania
timelines = Osie czasu
no-groups-yet = Nie ma jeszcze grup.
find-people = Znajdź osoby
remove = Usuń
role = Rola
move-the-group = Przenieś grupę
this-group-has-moved-to = Ta grupa została przeniesiona do

## admin

the-nodes-identity-is-saved = Zapisano tożsamość węzła.
the-nodes-rules-are-published = Opublikowano zasady węzła.
rule-removed = Usunięto regułę.
account-approved = Zatwierdzono konto.
unsubscribe-from-this-node = Anulować subskrypcję tego węzła?
this-node-stops-gathering-its-work = Ten węzeł przestanie gromadzić jego dorobek; to, co już zebrano, pozostanie do czasu odświeżenia.
## auth

an-administrator-approves-new-accounts-before = Administrator zatwierdza nowe konta, zanim będzie można się na nie zalogować.
this-node-does-not-take-new = Ten węzeł nie przyjmuje nowych rejestracji.
welcome-tell-colleagues-who-you-are = Witamy! Przedstaw się współpracownikom.
thank-you-an-administrator-will-approve = Dziękujemy. Administrator wkrótce zatwierdzi Twoje konto.
you-are-logged-out = Wylogowano.
nodes-sharing = współpracujących węzłów
people = osób
upcoming-events = nadchodzących wydarzeń

## blocks

unblocked = Odblokowano.
unmuted = Wyłączono wyciszenie.
blocked-follows-between-you-ended = Zablokowano. Wzajemne obserwowanie zostało zakończone.
muted = Wyciszono.

## events

past-events = Minione wydarzenia
upcoming = Nadchodzące
past = Minione
month = Miesiąc
saved-participants-and-followers-are-told = Zapisano. Uczestnicy i obserwujący zostaną powiadomieni.
published-it-appears-in-your-followers = Opublikowano. Wydarzenie pojawi się w kalendarzach Twoich obserwujących.
edit-event = Edytuj wydarzenie
your-request-to-join-is-sent = Wysłano Twoją prośbę o udział.
you-no-longer-take-part = Nie bierzesz już udziału.
tentative = Do potwierdzenia
cancelled = Odwołane
calendar-views = Widoki kalendarza
online-only = Tylko online
subscribe-to-this-calendar-ical = Subskrybuj ten kalendarz (iCal)
no-events-here-yet-follow-more = Nie ma tu jeszcze wydarzeń. Obserwuj więcej miast, aby zobaczyć ich wydarzenia, lub opublikuj własne.
this-event-will-not-take-place = to wydarzenie się nie odbędzie.
the-events-picture = Obraz wydarzenia
where = Gdzie
the-link-is-shown-to-participants = Link jest widoczny dla uczestników po zapisaniu się na wydarzenie.
the-organisers-node-sends-the-link = Węzeł organizatora przesyła link uczestnikom; link jeszcze tu nie dotarł.
organiser = Organizator
participants = Uczestnicy
you-asked-to-join-the-organiser = Wysłano Twoją prośbę o udział; decyzję podejmie organizator.
your-request-was-not-accepted = Twoja prośba nie została przyjęta.
leave = Zrezygnuj
take-part = Weź udział
log-in-to-take-part = Zaloguj się, aby wziąć udział
add-to-my-calendar-ics = Dodaj do mojego kalendarza (.ics)
edit-or-cancel = Edytuj lub odwołaj
markdown = Markdown.
banner-picture = Obraz banera
what-the-banner-shows-alt-text = Co przedstawia baner (tekst alternatywny)
starts = Początek
local-time-where-the-event-happens = Czas lokalny w miejscu wydarzenia.
ends = Koniec
time-zone = Strefa czasowa
for-example-europe-paris = Na przykład Europe/Warsaw
webinar-link = Link do webinarium
places-2 = Liczba miejsc
leave-empty-for-no-limit = Pozostaw puste, aby nie ograniczać liczby miejsc.
taking-part-2 = Zasady udziału
anyone-can-join = Każdy może dołączyć
the-organiser-approves-each = Organizator zatwierdza każde zgłoszenie
by-invitation = Na zaproszenie
registration-elsewhere = Rejestracja w innym serwisie
confirmed = Potwierdzone
separate-with-commas = Oddziel przecinkami

## follows

you-follow-them-now = Obserwujesz teraz to konto.
follow-request-sent = Wysłano prośbę o możliwość obserwowania.
you-no-longer-follow-them = Nie obserwujesz już tego konta.
request-accepted = Prośba zaakceptowana.
request-rejected = Prośba odrzucona.

## groups

group-saved = Zapisano grupę.
group-created = Utworzono grupę.
the-groups-earlier-names-are-saved = Zapisano wcześniejsze nazwy grupy.
the-members-are-moving-to-the = Członkowie są przenoszeni do nowej grupy.
welcome-to-the-group = Witamy w grupie.
request-sent-a-moderator-will-answer = Wysłano prośbę: odpowie na nią moderator.
you-left-the-group = Nie należysz już do grupy.
posted-to-the-group = Opublikowano w grupie.
accepted = Przyjęto.
refused = Odrzucono.
remove-this-member-from-the-group = Usunąć tę osobę z grupy?
they-stop-receiving-the-groups-posts = Osoba przestanie otrzymywać wpisy grupy, a obserwujący grupę zostaną o tym powiadomieni.

## knowledge

published-your-followers-and-the-citys = Opublikowano. Zobaczą to Twoi obserwujący oraz obserwujący miasto.
edit-resource = Edytuj zasób
saved-the-change-goes-out-to = Zapisano. Zmiana zostanie przekazana wszystkim, którzy mają ten zasób.
delete-this-resource = Usunąć ten zasób?
delete-it = Usuń
deleted-the-deletion-goes-out-to = Usunięto. Informacja o usunięciu zostanie przekazana wszystkim, którzy mieli ten zasób.
comment-posted = Opublikowano komentarz.
illustrative-demo-data = Przykładowe dane demonstracyjne
search-case-studies-methods-videos = Szukaj studiów przypadków, metod, filmów…
filters = Filtry
sort-by = sortowanie
relevance = trafność
newest = od najnowszych
atom-feed-of-this-search = Kanał Atom dla tego wyszukiwania
this-page-is-past-the-last = Ta strona wykracza poza ostatni wynik.
back-to-the-first-page = Wróć do pierwszej strony
this-node-holds-no-resources-yet = Ten węzeł nie ma jeszcze żadnych zasobów.
publish-the-first-one = Opublikuj pierwszy
or-follow-other-cities-to-gather = lub obserwuj inne miasta, aby gromadzić ich dorobek.
nothing-matches-try-fewer-words-or = Brak wyników. Użyj mniejszej liczby słów lub filtrów albo obserwuj więcej miast, aby poszerzyć repozytorium.
previous = Poprzednia
page = Strona
next = Następna
illustrative-demo-data-not-a-real = Przykładowe dane demonstracyjne: nie są to wyniki rzeczywistego miasta
by = Autor:
published-on = opublikowano w węźle
on-the-transition-map-and-in = Na Mapie transformacji i w sekcji Przeglądaj
attachments = Załączniki
edit = Edytuj
delete = Usuń
comments = Komentarze
add-a-comment = Dodaj komentarz
comment = Komentarz
log-in-to-comment = Zaloguj się, aby skomentować
preview = Podgląd
summary = Streszczenie
plain-text-a-few-sentences-mastodon = Zwykły tekst, kilka zdań: Mastodon wyświetla go razem z tytułem.
body-2 = Treść
markdown-bold-italic-links-https-lists = Markdown: **pogrubienie**, _kursywa_, [linki](https://…), listy.
transition-map-phases = Etapy Mapy transformacji
transition-map-steps-it-helps-with = Kroki Mapy transformacji, w których pomaga
explore-tool-types-it-is-an = Typy narzędzi z sekcji Przeglądaj, których jest przykładem
separate-with-commas-e-g-citizen = Oddziel przecinkami, np. partycypacja obywatelska, pompy ciepła
licence = Licencja
for-example-cc-by-4-0 = Na przykład CC BY 4.0
started-year = Rozpoczęcie (rok)
ended-year = Zakończenie (rok)
emissions-avoided-tco2e-per-year = Uniknięte emisje (tCO2e rocznie)
only-figures-you-can-stand-behind = Podawaj tylko dane, za które możesz ręczyć.
investment-eur = Inwestycje (EUR)
people-reached = Liczba osób, do których dotarto
add-files = Dodaj pliki
a-few-at-a-time-pdf = Po kilka naraz: PDF, dokumenty biurowe, CSV, tekst lub obrazy (JPEG, PNG, WebP, GIF; dane o lokalizacji zostaną z nich usunięte). Po wysłaniu pojawią się poniżej w sekcji Załączniki, z opcjami Podgląd i Opublikuj.
what-the-files-show-alt-text = Co przedstawiają pliki (tekst alternatywny)
for-people-who-cannot-see-them = Dla osób, które ich nie widzą; w sekcji Załączniki możesz nadać każdemu plikowi osobny tytuł.
one-per-line-address-title-media = Jeden w wierszu: adres | tytuł | typ zawartości
publishing-organisation = Organizacja publikująca
publish = Opublikuj

## moderation

thank-you-the-moderators-here-will = Dziękujemy. Moderatorzy tego węzła się tym zajmą.
a-person-here = osoba z tego węzła
a-person-here-whose-account-is = osoba z tego węzła, której konto już nie istnieje
removed-the-report-is-closed-and = Usunięto. Zgłoszenie zostało zamknięte, a osoba zgłaszająca – powiadomiona.
dismissed-the-report-is-closed-and = Odrzucono. Zgłoszenie zostało zamknięte, a osoba zgłaszająca – powiadomiona.
warned-the-account-is-told-and = Udzielono ostrzeżenia. Powiadomiono właściciela konta oraz osobę zgłaszającą.
limited-the-account-is-left-out = Ograniczono. Konto nie pojawia się na publicznych osiach czasu, w wyszukiwaniu ani na listach; jego obserwujący nadal je widzą.
suspended-nothing-more-is-taken-from = Zawieszono. Nic więcej nie będzie przyjmowane z tego konta, a to, co miało tutaj, zostało usunięte.
report-to-the-moderators = Zgłoś moderatorom
why-do-you-report-it = Dlaczego to zgłaszasz?
which-rule-does-it-break = Którą zasadę narusza?
only-when-the-reason-is-one = Tylko jeśli powodem jest naruszenie jednej z zasad tego węzła.
none = Brak
what-should-the-moderators-know = Co powinni wiedzieć moderatorzy?
optional-up-to-1000-characters-moderators = Opcjonalnie, do 1000 znaków. Przeczytają to moderatorzy, a także moderatorzy drugiego serwera, jeśli tam wyślesz zgłoszenie.
also-send-the-report-to-the = Wyślij zgłoszenie także do moderatorów węzła
it-goes-in-this-nodes-name = Zgłoszenie zostanie wysłane w imieniu tego węzła wraz z Twoim komentarzem: Twoja nazwa nie zostanie przekazana.
send-the-report = Wyślij zgłoszenie
reports-by-state = Zgłoszenia według statusu
open = Otwarte
removed = Usunięte
warned = Z ostrzeżeniem
limited = Ograniczone
suspended = Zawieszone
dismissed = Odrzucone
no-reports-here = Brak zgłoszeń.
no-longer-here = już nie istnieje
account = Konto
reported-by = Zgłaszający:
none-about-this-account = Brak zgłoszeń w sprawie tego konta.
note-for-the-audit-log = Notatka do dziennika audytu
warn-the-account = Udziel ostrzeżenia
limit-the-account = Ogranicz konto
suspend-the-account = Zawieś konto
dismiss = Odrzuć
every-moderation-and-administration-action-as = Wszystkie działania moderacyjne i administracyjne w takiej postaci, w jakiej zostały wykonane. Nie można ich tu zmienić.
action = Działanie
any = Dowolne
done-by-username = Wykonane przez (nazwa użytkownika)
show = Pokaż
nothing-recorded-yet = Nic jeszcze nie zarejestrowano.
who = Kto
target = Cel
note = Notatka
unmute = Wyłącz wyciszenie
mute = Wycisz
unblock = Odblokuj
nobody = Nikogo.
a-blocked-account-cannot-follow-you = Zablokowane konto nie może Cię obserwować, wspominać o Tobie, odpowiadać na Twoje publikacje ani dołączać do Twoich wydarzeń; wzajemne obserwowanie zostaje zakończone, a jego serwer otrzymuje powiadomienie. Wyciszone konto po prostu znika z Twoich aktualności i powiadomień; nikt nie jest o tym powiadamiany. Obie opcje można zastosować do całej domeny.
account-or-domain = Konto lub domena
name-city-example-the-address-of = @name@city.example, adres konta lub domena, np. city.example
what-to-do = Co zrobić
muted-2 = Wyciszone

## profile

followers = Obserwujący
following = Obserwowani
your-profile-is-saved = Zapisano Twój profil.
your-other-accounts-are-saved = Zapisano Twoje pozostałe konta.
your-followers-are-moving-to-your = Twoi obserwujący są przenoszeni na Twoje nowe konto.
organisation = Organizacja
this-account-has-moved-to = To konto zostało przeniesione na
this-profile-lives-on = Ten profil znajduje się w węźle
edit-your-profile = Edytuj swój profil
follow-requests = Prośby o możliwość obserwowania
no-requests-are-waiting = Brak oczekujących próśb.
choose-whether-you-approve-followers = Zdecyduj, czy chcesz zatwierdzać obserwujących
edit-profile = Edytuj profil
display-name = Wyświetlana nazwa
job-title = Stanowisko
where-you-work-e-g-city = Miejsce pracy, np. Urząd Miasta Krakowa, zespół ds. klimatu
separate-topics-with-commas-e-g = Oddziel tematy przecinkami, np. ciepłownictwo systemowe, ruch rowerowy
about-you = O sobie
your-picture = Zdjęcie profilowe
or-the-address-of-a-picture = Lub adres obrazu umieszczonego w innym miejscu
header-picture-across-the-top-of = Obraz nagłówka, wyświetlany w górnej części Twojej strony
or-the-address-of-a-header = Lub adres obrazu nagłówka umieszczonego w innym miejscu
approve-each-new-follower-myself = Zatwierdzaj ręcznie każdego nowego obserwującego
your-api-tokens = Twoje tokeny API
move-your-account = Przenieś swoje konto
coming-here-from-another-group = Przeniesienie tutaj z innej grupy
coming-here-from-another-account = Przeniesienie tutaj z innego konta
name-the-group-this-one-takes = Wskaż grupę, którą zastępuje ta grupa, a następnie przeprowadź przeniesienie z tamtej grupy: jej członkowie, moderatorzy i dyskusje trafią tutaj.
name-the-account-you-had-before = Wskaż swoje poprzednie konto, a następnie przeprowadź przeniesienie z tamtego konta: jego obserwujący będą obserwować Cię tutaj.
the-groups-this-one-was-before = Grupy, którymi ta grupa była wcześniej
handles-like-heat-network-example-separated = Identyfikatory, np. @heat@network.example, oddzielone przecinkami
your-other-accounts = Twoje pozostałe konta
handles-like-anna-lyon-example-separated = Identyfikatory, np. @anna@lyon.example, oddzielone przecinkami
your-data = Twoje dane
download-your-data = Pobierz swoje dane
your-resources-events-public-posts-profile = : Twoje zasoby, wydarzenia, publiczne wpisy, profil i obserwowane konta – do zaimportowania w nowym węźle.
import-data-from-another-node = Zaimportuj dane z innego węzła
moving-this-group-away = Przenoszenie tej grupy
moving-this-account-away = Przenoszenie tego konta
first-create-the-new-group-on = Najpierw utwórz nową grupę w innym węźle i wskaż w niej tę grupę. Członkowie z tego i innych serwerów dołączą do nowej grupy, której węzeł przejmie moderatorów i dyskusje; ta grupa będzie do niej odsyłać.
the-new-group = Nowa grupa
a-handle-like-heat-gent-example = Identyfikator, np. @heat@gent.example
move-the-members-to-it = Przenieś do niej członków
first-name-this-account-on-the = Najpierw wskaż to konto na nowym koncie. Twoi obserwujący – z tego i innych serwerów – zaczną obserwować nowe konto; to konto będzie do niego odsyłać.
your-new-account = Twoje nowe konto
a-handle-like-anna-gent-example = Identyfikator, np. @anna@gent.example
move-my-followers-to-it = Przenieś do niego moich obserwujących
import-your-data = Zaimportuj swoje dane
not-imported = Nie zaimportowano
publish-here-as-this-account-the = Opublikuj tutaj, jako to konto, zasoby, wydarzenia i publiczne wpisy z archiwum pobranego z innego węzła, a także ponownie obserwuj konta obserwowane przez tamto konto. Elementy, które już tu są, nie zostaną opublikowane po raz drugi.
archive-file = Plik archiwum
the-cairn-json-file-from-download = Plik cairn-….json pobrany za pomocą opcji „Pobierz swoje dane” w Twoim poprzednim węźle (maks. 1 MiB)
import = Importuj
api-tokens = Tokeny API
scripts-and-apps-act-as-you = Skrypty i aplikacje działają w Twoim imieniu za pomocą tokena. Unieważnij token, którego już nie używasz lub który mógł wyciec.
your-new-token-copy-it-now = Twój nowy token. Skopiuj go teraz: nie zostanie wyświetlony ponownie.
you-have-no-api-tokens = Nie masz tokenów API.
created = Utworzono
last-used = Ostatnie użycie
expires = Wygasa
revoke = Unieważnij
new-token = Nowy token
what-is-it-for = Do czego służy?
expires-after-days = Wygasa po (dniach)
leave-empty-for-a-token-that = Pozostaw puste, aby token był ważny do czasu jego unieważnienia
make-a-token = Utwórz token

## social

reply-posted = Opublikowano odpowiedź.
posted = Opublikowano.
remove-this-post = Usunąć ten wpis?
it-disappears-here-and-the-servers = Wpis zniknie tutaj, a serwery, które go otrzymały, zostaną poproszone o jego usunięcie.
post-removed = Usunięto wpis.
in-inline = w grupie
replying-to = W odpowiedzi na
a-post = wpis
markdown-mention-people-as-name-host = Markdown; wspominaj osoby jako @name@host, oznaczaj tematy za pomocą #słowo.
post = Wpis
what-are-you-working-on = Nad czym pracujesz?
nothing-here-yet = Na razie nic tu nie ma.
find-colleagues-and-groups-to-follow = Znajdź współpracowników i grupy do obserwowania
no-resource-is-filed-under-this = Brak zasobów z tym tagiem.
all-resources-with-this-tag = Wszystkie zasoby z tym tagiem
posts-2 = Wpisy
no-public-post-uses-this-tag = Żaden publiczny wpis nie używa jeszcze tego tagu.
post-by = Wpis użytkownika
replies = Odpowiedzi
reply = Odpowiedz
create-a-group = Utwórz grupę
search-groups = Szukaj grup
start-one = Załóż pierwszą
edit-the-group = Edytuj grupę
handle = Identyfikator
lowercase-letters-digits-and-the-groups = Małe litery, cyfry i _; adres grupy to @identyfikator@ten-węzeł.
the-groups-picture = Obraz grupy
separated-by-commas = Oddzielone przecinkami.
who-can-join = Kto może dołączyć
who-can-read-the-discussions = Kto może czytać dyskusje
create-the-group = Utwórz grupę
discussions-for-members-only = Dyskusje tylko dla członków
public-discussions = Dyskusje publiczne
this-group-lives-on = Ta grupa znajduje się w węźle
leave-the-group = Opuść grupę
your-request-to-join-waits-for = Twoja prośba o dołączenie czeka na decyzję moderatora.
withdraw-the-request = Wycofaj prośbę
join = Dołącz
ask-to-join = Poproś o dołączenie
log-in-to-join = Zaloguj się, aby dołączyć
waiting-to-join = Oczekujące prośby o dołączenie
nobody-is-waiting = Nikt nie czeka.
refuse = Odrzuć
invite-someone-name-host = Zaproś kogoś (@name@host)
invite = Zaproś
discussions = Dyskusje
start-a-discussion = Rozpocznij dyskusję
discussions-are-for-members-only = Dyskusje są dostępne tylko dla członków.
no-discussions-yet = Nie ma jeszcze dyskusji.
members-2 = Członkowie
set-role = Ustaw rolę
people-cities-and-groups-here-and = Osoby, miasta i grupy – w tym węźle i w węzłach, które ten węzeł zna.
look-someone-up-by-handle = Wyszukaj kogoś po identyfikatorze
nobody-matches-try-fewer-filters-or = Brak wyników. Użyj mniejszej liczby filtrów lub wyszukaj osobę po identyfikatorze na stronie
view-and-join = Zobacz i dołącz
nothing-new = Nic nowego.
see = zobacz

## transition

saved-and-published-to-the-citys = Zapisano i opublikowano dla obserwujących miasto.
the-climate-transition-map-as-a = Mapa transformacji klimatycznej jako ścieżka
evidence = Materiały potwierdzające
updated = zaktualizowano
templates-for-this-phase = Szablony dla tego etapu
transition-map = Mapa transformacji
climate-transition-map = Mapa transformacji klimatycznej
six-phases-from-a-political-mandate = Sześć etapów – od mandatu politycznego do nowej normalności. Każdy krok prowadzi do materiałów, które miasta opublikowały na jego temat – w tym węźle i w węzłach, które ten węzeł obserwuje.
transition-journey = Ścieżka transformacji
transition-journey-of = Ścieżka transformacji:
last-updated = Ostatnia aktualizacja
steps-done-2 = Ukończone kroki
open-a-step-to-record-where = Otwórz krok, aby zapisać, na jakim etapie jest miasto.
other-cities-journeys = Ścieżki innych miast
guidance = Wskazówki
expected-outputs = Oczekiwane rezultaty
where-the-city-stands = Stan realizacji w mieście
record-the-citys-progress = Zapisz postępy miasta
notes = Notatki
links-to-resources-that-show-the = Linki do zasobów dokumentujących prace, po jednym w wierszu.
save-and-publish = Zapisz i opublikuj
resources-for-this-step = Zasoby dla tego kroku
resources-filed-under-this-step-or = Zasoby przypisane do tego kroku (lub oznaczone tagiem
share-your-citys-work-on-this = Udostępnij prace swojego miasta dotyczące tego kroku
nothing-published-for-this-step-yet = Nic jeszcze nie opublikowano dla tego kroku.
no-templates-for-this-phase-yet = Brak szablonów dla tego etapu.
all-templates-for-this-phase = Wszystkie szablony dla tego etapu
explore-the-tools-cities-use = Poznaj narzędzia, z których korzystają miasta
no-tool-of-this-kind-for = Brak narzędzi tego rodzaju dla tego sektora.
examples-from-the-repository = Przykłady z repozytorium
resources-filed-under-this-tool-type = Zasoby przypisane do tego typu narzędzia (lub oznaczone tagiem
share-your-citys-work-with-this = Udostępnij prace swojego miasta z wykorzystaniem tego narzędzia
no-examples-yet = Brak przykładów.
score = Ocena
finances = Finanse
pros = Zalety
cons = Wady
related-programmes = Powiązane programy
why-this-score = Uzasadnienie oceny
financial-guidance = Wskazówki dotyczące finansowania
pick-the-sectors-of-your-project = Wybierz sektory swojego projektu i odpowiedz na pięć pytań: Cairn uszereguje sposoby, w jakie miasta finansują takie projekty, i wyjaśni każdą ocenę. To ogólne wskazówki, a nie porada w konkretnej sprawie.
sectors-of-the-project = Sektory projektu
rank-financing-options = Uszereguj opcje finansowania
financing-options-best-match-first = Opcje finansowania – od najlepiej dopasowanej
share-these-results = Udostępnij te wyniki
link-to-this-assessment = link do tej oceny

## api_docs

in = Lokalizacja
type = Typ
required = Wymagane
api = API
the-json-api = API JSON
everything-a-person-does-on-these = Wszystko, co można zrobić na tych stronach, skrypt może wykonać pod adresem{" "}
get-a-token-with-post-auth = Token uzyskasz przez POST /auth/token; przesyłaj go jako Authorization: Bearer …. Błędy są zwracane w formacie JSON:{" "}
with-every-field-at-fault-in = , a wszystkie błędne pola są wymienione w errors.
the-openapi-3-1-description = Opis OpenAPI 3.1
for-code-generators-and-testing-tools = {" "}(dla generatorów kodu i narzędzi testowych).
api-sections = Sekcje API
token = token
body = Treść żądania:{" "}
types = Typy

## components

skip-to-main-content = Przejdź do treści głównej
main = Nawigacja główna
menu = Menu
powered-by-cairn-a-federated-knowledge = Działa na Cairn – federacyjnej, wspólnej bazie wiedzy dla miast neutralnych klimatycznie.
map = Mapa
finance = Finansowanie
my-profile = Mój profil
requests = Prośby
log-out = Wyloguj się
cancel = Anuluj
please-check-the-form = Sprawdź formularz
not-set = Nie ustawiono
any-country = Dowolny kraj
log-in-to-follow = Zaloguj się, aby obserwować
follow = Obserwuj
follow-request-sent-2 = Wysłano prośbę o możliwość obserwowania
withdraw-request = Wycofaj prośbę
unfollow = Przestań obserwować
older = Starsze
jpeg-png-webp-or-gif-its = JPEG, PNG, WebP lub GIF; dane o lokalizacji zostaną usunięte.
remove-this-picture = Usuń ten obraz
the-picture-you-sent-is-kept = Przesłany obraz zostaje zachowany; wybierz inny, aby go zastąpić.

## network

delivery-by-server = Doręczanie według serwera
nothing-is-waiting-for-any-server = Nic nie czeka na doręczenie do żadnego serwera.
server = Serwer
waiting = Oczekujące
sending = Wysyłane
last-success = Ostatnie powodzenie
last-error = Ostatni błąd
next-try = Następna próba
dropped = Porzucone
now = teraz
node-directory = Katalog węzłów
nodes-and-relays-this-node-subscribes = Węzły i przekaźniki subskrybowane przez ten węzeł: wszystko, co publikują publicznie, jest tu gromadzone, a ich historia jest uzupełniana z ich skrzynki nadawczej (outbox).
no-subscriptions-yet = Brak subskrypcji.
node = Węzeł
state = Stan
backfill = Uzupełnianie historii
last-contact = Ostatni kontakt
reachable = Osiągalny
subscribe-to-a-node-or-relay = Subskrybuj węzeł lub przekaźnik
subscribe = Subskrybuj
resources-by-year-stacked-by-sector = Zasoby według roku, z podziałem na sektory
network-dashboard = Pulpit sieci
everything-this-node-holds-its-own = Wszystko, co gromadzi ten węzeł: własny dorobek oraz to, co zbiera z obserwowanych i subskrybowanych węzłów. Dane o efektach podano tak, jak przekazali je autorzy; zasób przypisany do kilku sektorów jest liczony w każdym z nich.
leave-out-illustrative-demo-data = Pomiń przykładowe dane demonstracyjne
illustrative-demo-data-is-left-out = Przykładowe dane demonstracyjne są pomijane.
count-it-too = Uwzględnij je
avoided = uniknionych emisji
invested = inwestycji
nothing-gathered-yet = Nic jeszcze nie zebrano.
by-sector = Według sektora
resources-by-sector = Zasoby według sektora
reported-reductions-by-sector = Zgłoszone redukcje według sektora
reported-investment-by-sector = Zgłoszone inwestycje według sektora
by-country = Według kraju
resources-by-country = Zasoby według kraju
reported-reductions-by-country = Zgłoszone redukcje według kraju
reported-investment-by-country = Zgłoszone inwestycje według kraju
over-time = W czasie
cities-on-the-transition-map = Miasta na Mapie transformacji
no-city-has-shared-its-journey = Żadne miasto nie udostępniło jeszcze temu węzłowi swojej ścieżki transformacji.
none-planned = Nic nie zaplanowano.

## pages

contact = Kontakt
join-this-node = Dołącz do tego węzła
or-log-in = lub zaloguj się
search-the-knowledge-repository = Przeszukaj repozytorium wiedzy
e-g-district-heating = np. ciepłownictwo systemowe
this-network-in-figures = Ta sieć w liczbach
latest-case-studies = Najnowsze studia przypadków
no-case-studies-yet = Brak studiów przypadków.
share-your-citys-work = Udostępnij dorobek swojego miasta
all-case-studies = Wszystkie studia przypadków
no-events-planned = Brak zaplanowanych wydarzeń.
the-calendar = Kalendarz
all-groups = Wszystkie grupy
our-transition = Nasza transformacja
follow-the-journey = Śledź naszą ścieżkę
the-transition-map = Mapa transformacji
the-dashboard = Pulpit
the-organisation = Organizacja
people-on-this-node = Osoby w tym węźle
nobody-has-joined-yet = Nikt jeszcze nie dołączył.
be-the-first = Zostań pierwszą osobą.
the-directory = Katalog
username = Nazwa użytkownika
password = Hasło
no-account-yet = Nie masz jeszcze konta?
create-an-account = Utwórz konto
the-rules-of-this-node = Zasady tego węzła
by-creating-an-account-you-agree = Tworząc konto, akceptujesz te zasady.
lowercase-letters-digits-and-it-becomes = Małe litery, cyfry i _; stanie się to Twoim identyfikatorem.
email = E-mail
at-least-10-characters-mix-letters = Co najmniej 10 znaków; połącz litery z cyframi lub symbolami.
create-account = Utwórz konto
find-a-colleague-or-a-city = Znajdź współpracownika lub miasto
handle-or-address = Identyfikator lub adres
for-example-anna-lyon-example-or = Na przykład @anna@lyon.example lub https://lyon.example/users/anna
look-up = Wyszukaj
found = Znaleziono
administration = Administracja
node-identity = Tożsamość węzła
how-this-node-presents-itself-the = Jak ten węzeł się przedstawia: nazwa zastępuje „Cairn” na każdej stronie, a obserwujący organizację na innych serwerach widzą tę zmianę.
logo-address = Adres logo
an-https-address-of-a-picture = Adres https:// obrazu
an-e-mail-address-or-an = Adres e-mail lub strona https://, na której można skontaktować się z Twoim zespołem
save-the-identity = Zapisz tożsamość
node-rules = Zasady węzła
what-everyone-here-agrees-to-shown = Zasady akceptowane przez wszystkich użytkowników tego węzła: wyświetlane przy rejestracji, w NodeInfo i w aplikacjach Mastodon. Jedna zasada w wierszu.
rules = Zasady
publish-the-rules = Opublikuj zasady
federation = Federacja
deliveries-waiting = oczekujących doręczeń
given-up = porzuconych
domain-rules = Reguły dla domen
blocked-in-the-configuration-file = Zablokowane w pliku konfiguracyjnym
allowed-in-the-configuration-file = Dozwolone w pliku konfiguracyjnym
no-domain-rules-yet-this-node = Brak reguł dla domen: ten węzeł federuje się ze wszystkimi.
domain = Domena
block-refuse-its-activities-fetch-nothing = Blokada: odrzucaj jej aktywności, niczego nie pobieraj, niczego nie doręczaj i usuń to, co miała tutaj
limit-keep-it-out-of-public = Ograniczenie: pomijaj ją na publicznych osiach czasu, w wyszukiwaniu i na listach; obserwujący nadal ją widzą
allow-once-any-domain-is-allowed = Zezwolenie: gdy dowolna domena zostanie dozwolona, federować się będą tylko dozwolone domeny
add-rule = Dodaj regułę
financial-guidance-matrix = Macierz wskazówek dotyczących finansowania
source = Źródło
financing-options-in-use = opcji finansowania w użyciu.
the-matrix-file-was-not-loaded = Nie wczytano pliku macierzy; nadal używana jest ostatnia poprawna macierz.
reload-the-matrix-file = Wczytaj ponownie plik macierzy
accounts-waiting-for-approval = Konta oczekujące na zatwierdzenie
none-2 = Brak.
approve = Zatwierdź
error = Błąd
something-is-not-right = Coś poszło nie tak
back-to-the-home-page = Wróć na stronę główną
authorize-an-app = Autoryzuj aplikację
authorize = Autoryzuj
this-app-asks-to-act-for = Ta aplikacja prosi o możliwość działania w imieniu Twojego konta z następującymi uprawnieniami:
username-or-email = Nazwa użytkownika lub e-mail
deny = Odmów
authorization-code = Kod autoryzacji
copy-this-code-into-the-app = Skopiuj ten kod do aplikacji:

## labels chosen by code

followed-you = obserwuje Cię
asked-to-follow-you = prosi o możliwość obserwowania Cię
mentioned-you = wspomina o Tobie
replied-to-you = odpowiada na Twój wpis
asked-to-join-a-group-you = prosi o dołączenie do moderowanej przez Ciebie grupy
accepted-you-as-a-member = przyjmuje Cię do grupy
did-not-accept-your-request-to = nie przyjmuje Twojej prośby o dołączenie
invited-you-to-join-a-group = zaprasza Cię do grupy
removed-your-post-from-a-group = usuwa Twój wpis z grupy
changed-an-event-you-take-part = zmienia wydarzenie, w którym bierzesz udział
cancelled-an-event-you-take-part = odwołuje wydarzenie, w którym bierzesz udział
acted-on-what-you-reported-thank = po rozpatrzeniu Twojego zgłoszenia podejmuje działania; dziękujemy
looked-at-what-you-reported-and = po rozpatrzeniu Twojego zgłoszenia pozostawia treść bez zmian
warned-you-about-something-you-published = udziela Ci ostrzeżenia w związku z Twoją publikacją; zapoznaj się z zasadami węzła
did-something = wykonuje działanie
transition-map-phase = Etap Mapy transformacji
year = Rok
not-started = Nierozpoczęty
in-progress-2 = W toku
done = Ukończony
moderators-approve-new-members = Moderatorzy zatwierdzają nowych członków
open-to-all = Otwarta dla wszystkich
everyone = Wszyscy
members-only = Tylko członkowie
people-2 = Osoby
cities-and-organisations = Miasta i organizacje
group = Grupa
resource-2 = Zasób
event = Wydarzenie
content = Treść
mon = pon.
tue = wt.
wed = śr.
thu = czw.
fri = pt.
sat = sob.
sun = niedz.
yes-2 = Tak
no-2 = Nie

## counts and names: messages with arguments

resource-count = { $count ->
    [one] { $count } zasób
    [few] { $count } zasoby
    [many] { $count } zasobów
   *[other] { $count } zasobów
}
all-resource-count = { $count ->
    [one] Jedyny zasób
    [few] Wszystkie zasoby ({ $count })
    [many] Wszystkie zasoby ({ $count })
   *[other] Wszystkie zasoby ({ $count })
}
follower-count = { $count ->
    [one] { $count } obserwujący
    [few] { $count } obserwujących
    [many] { $count } obserwujących
   *[other] { $count } obserwujących
}
following-count = Obserwowani: { $count }
followers-known-here-count = { $count ->
    [one] { $count } obserwujący znany w tym węźle
    [few] { $count } obserwujących znanych w tym węźle
    [many] { $count } obserwujących znanych w tym węźle
   *[other] { $count } obserwujących znanych w tym węźle
}
member-count = { $count ->
    [one] { $count } członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członków
}
steps-done-of-total = Ukończone kroki: { $done } / { $total }
steps-done-out-of = Ukończono { $done } z { $total } kroków
steps-done-count = { $done ->
    [one] { $done } krok ukończony
    [few] { $done } kroki ukończone
    [many] { $done } kroków ukończonych
   *[other] { $done } kroków ukończonych
}
in-progress-count = w toku: { $count }
map-steps-done = Ukończono { $done } z { $total } kroków Mapy transformacji
participant-count = Uczestnicy: { $count }
places-taken-count = Zajęte miejsca: { $taken } / { $capacity }
capacity-places = { $count ->
    [one] ({ $count } miejsce)
    [few] ({ $count } miejsca)
    [many] ({ $count } miejsc)
   *[other] ({ $count } miejsc)
}
import-summary = Zaimportowano – zasoby: { $resources }, wydarzenia: { $events }, wpisy: { $posts }, obserwowane konta: { $follows }.
import-already-here = { $count ->
    [one] { $count } element był już w tym węźle i nie został ponownie opublikowany.
    [few] { $count } elementy były już w tym węźle i nie zostały ponownie opublikowane.
    [many] { $count } elementów było już w tym węźle i nie zostało ponownie opublikowanych.
   *[other] { $count } elementów było już w tym węźle i nie zostało ponownie opublikowanych.
}
earlier-reports-summary = Wcześniejsze zgłoszenia – w sprawie tego konta: { $account }, w sprawie { $domain }: { $domain-count }
finance-matrix-reloaded-options = Ponownie wczytano macierz finansowania (liczba opcji: { $count })
rule-saved-for-domain = Zapisano regułę dla { $domain }
subscribed-to-domain = Zasubskrybowano { $domain }
unsubscribed-from-domain = Anulowano subskrypcję { $domain }
domain-blocked = Zablokowano { $domain }
invited-person = Zaproszono { $handle }
comment-by-name = Komentarz użytkownika { $name }
the-moderators-of-domain = Moderatorzy węzła { $domain }
phase-number = Etap { $number }

## languages

interface-language = Język interfejsu
change-language = Zmień
language-as-the-browser-asks = Zgodnie z ustawieniami przeglądarki
node-default-language = Domyślny język interfejsu
node-default-language-hint = Dla odwiedzających, których przeglądarka nie wskazuje żadnego z języków dostępnych w Cairn, oraz dla wiersza poleceń.
## units after figures

unit-thousand = tys.
unit-million = mln
unit-billion = mld
unit-co2e-per-year = CO₂e/rok

## labels chosen by code, later

this-node-timeline = Ten węzeł
everything-known-timeline = Wszystko, co znane
removed-by = Treść usunięta przez
account-warned-by = Konto ostrzeżone przez
account-limited-by = Konto ograniczone przez
account-suspended-by = Konto zawieszone przez
dismissed-by = Zgłoszenie odrzucone przez
report-reason-spam = Spam lub reklama
report-reason-abuse = Nękanie, nienawiść lub groźby
report-reason-illegal = Treści niezgodne z prawem
report-reason-misleading = Fałszywe lub wprowadzające w błąd informacje
report-reason-rule = Narusza jedną z zasad tego węzła
report-reason-other = Inny powód
phases = Etapy
place = Miejsce
period = Okres
emissions-avoided = Uniknięte emisje
investment = Inwestycje
name-organisation-or-topic = Nazwa, organizacja lub temat
role-or-job-title = Rola lub stanowisko
the-token-was-revoked = Token został unieważniony.
thank-you-the-moderators-here-will-look-forwarded = Dziękujemy. Moderatorzy tego węzła się tym zajmą, a zgłoszenie zostało przekazane także moderatorom serwera, z którego pochodzi treść.
it-disappears-from-this-node-resource = Zasób zniknie z tego węzła, a wszystkie węzły i serwery, które mają jego kopię, zostaną poproszone o jego usunięcie. Tej operacji nie można cofnąć.
