# Interfejs Cairn po polsku: tłumaczenie katalogu referencyjnego (angielskiego), z tymi samymi identyfikatorami.

## shared

unsubscribe = Anuluj subskrypcję
blocked = Zablokowane
resources = { $count ->
    [one] zasób
    [few] zasoby
   *[many] zasobów
}
upcoming-events-2 = Nadchodzące wydarzenia
online = Online
events = Wydarzenia
publish-an-event = Opublikuj wydarzenie
you-take-part = Bierzesz udział.
saved = Zapisano.
remove-from-the-group = Usuń z grupy
knowledge-repository = Repozytorium wiedzy
publish-a-resource = Opublikuj zasób
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
nodes-sharing = { $count ->
    [one] współpracujący węzeł
    [few] współpracujące węzły
   *[many] współpracujących węzłów
}
people = { $count ->
    [one] osoba
    [few] osoby
   *[many] osób
}
upcoming-events = { $count ->
    [one] nadchodzące wydarzenie
    [few] nadchodzące wydarzenia
   *[many] nadchodzących wydarzeń
}

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
did-you-mean = Czy chodziło o:
search-syntax-hint = „Cudzysłów” dla frazy, OR dla jednego lub drugiego słowa, -słowo, aby je wykluczyć, słowo* dla słów, które tak się zaczynają.
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
removed-by = Treść usunięta przez { $moderator }, { $when }
account-warned-by = Konto ostrzeżone przez { $moderator }, { $when }
account-limited-by = Konto ograniczone przez { $moderator }, { $when }
account-suspended-by = Konto zawieszone przez { $moderator }, { $when }
dismissed-by = Zgłoszenie odrzucone przez { $moderator }, { $when }
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

## errors: what a form, the API or the command line answers

that-username-is-reserved = ta nazwa użytkownika jest zarezerwowana
enter-an-email-address-like-name-city = wpisz adres e-mail, np. name@city.example
name-the-token-in-at-most-100 = nadaj tokenowi nazwę o długości najwyżej 100 znaków
a-password-has-10-to-512-characters = hasło ma od 10 do 512 znaków
a-role-is-admin-moderator-or-member = rola to admin, moderator lub member
enter-your-username = wpisz swoją nazwę użytkownika
enter-your-password = wpisz swoje hasło
choose-a-time-zone-such-as-europe = wybierz strefę czasową, np. Europe/Paris
an-event-ends-after-it-starts = koniec wydarzenia musi przypadać po jego początku
enter-the-webinars-https-address = wpisz adres https:// webinarium
give-an-address-a-webinar-link-or = podaj adres, link do webinarium lub jedno i drugie
capacity-is-a-number-of-people-zero = liczba miejsc to liczba osób: zero lub więcej
joining-is-free-approval-invite-or-external = tryb udziału to free, approval, invite lub external
an-event-is-confirmed-tentative-or-cancelled = status wydarzenia to confirmed, tentative lub cancelled
choose-a-language-e-g-en-fr = wybierz język, np. en, fr lub de
use-at-most-20-short-topic-tags = użyj najwyżej 20 krótkich tagów tematycznych
write-something-or-attach-a-file = napisz coś lub dołącz plik
a-group-name-has-2-to-100 = nazwa grupy ma od 2 do 100 znaków
keep-the-description-under-5000-characters = opis musi mieć mniej niż 5000 znaków
keep-each-topic-under-50-characters = każdy temat musi mieć mniej niż 50 znaków
use-at-most-20-topics = użyj najwyżej 20 tematów
choose-open-approval-or-invite = wybierz open, approval lub invite
choose-public-or-members = wybierz public lub members
enter-a-handle-like-anna-city-example = wpisz identyfikator, np. @anna@city.example, lub adres https:// aktora
enter-a-domain-like-city-example = wpisz domenę, np. city.example
enter-the-nodes-name = wpisz nazwę węzła
enter-a-pictures-https-address = wpisz adres https:// obrazu
enter-an-e-mail-address-or-an = wpisz adres e-mail lub adres https://
choose-one-of-the-languages-the-interface = wybierz jeden z języków, w których dostępny jest interfejs
list-at-most-20-areas-of-expertise = wymień najwyżej 20 specjalizacji
missing = brak wartości
give-the-address-https-of-what-you = podaj adres (https://…) zgłaszanej treści
choose-why-you-report-this = wybierz powód zgłoszenia
this-node-has-published-no-rules-choose = ten węzeł nie opublikował żadnych zasad; wybierz inny powód
use-the-two-letter-country-code-e = użyj dwuliterowego kodu kraju, np. FR
choose-the-kind-of-resource = wybierz rodzaj zasobu
transition-map-phases-are-numbered-1-to = etapy Mapy transformacji mają numery od 1 do 6
use-at-most-20-topic-tags = użyj najwyżej 20 tagów tematycznych
the-period-cannot-end-before-it-starts = okres nie może się kończyć przed swoim początkiem
enter-a-positive-number = wpisz liczbę dodatnią
attach-at-most-20-links = dołącz najwyżej 20 linków
attach-at-most-20-files-and-links = dołącz łącznie najwyżej 20 plików i linków
an-attachment-needs-an-https-address = załącznik musi mieć adres https://
choose-not-started-in-progress-or-done = wybierz not_started, in_progress lub done
not-found = nie znaleziono
text-cannot-contain-nul-characters = tekst nie może zawierać znaków NUL
this-account-is-suspended-by-the-nodes = to konto zostało zawieszone przez moderatorów węzła
something-went-wrong-on-this-node = w tym węźle coś poszło nie tak
that-already-exists = to już istnieje
the-nodes-outbox-has-pages-resources-and = skrzynka nadawcza (outbox) węzła ma strony `resources` i `events`
no-such-activity = nie ma takiej aktywności
only-the-nodes-organisation-keeps-a-transition = tylko organizacja węzła prowadzi ścieżkę transformacji
only-groups-have-moderators = tylko grupy mają moderatorów
this-post-is-not-public-sign-the = ten wpis nie jest publiczny: podpisz żądanie
servers-must-be-between-1-and-1000 = servers musi mieścić się w przedziale od 1 do 1000
no-deliveries-to-that-domain-yet = brak jeszcze doręczeń do tej domeny
no-such-event = nie ma takiego wydarzenia
no-organiser = brak organizatora
only-members-read-this-groups-posts = wpisy tej grupy mogą czytać tylko jej członkowie
send-the-file-as-the-form-field = wyślij plik jako pole formularza `file`
send-a-json-object = wyślij obiekt JSON
send-the-body-as-application-json = wyślij treść żądania jako application/json
cursor-must-be-a-value-from-an = cursor musi być wartością z wcześniejszego `next`
the-action-is-limit-unlimit-suspend-or = działanie to limit, unlimit, suspend lub unsuspend
gone = już nie istnieje
no-such-resource = nie ma takiego zasobu
no-such-author = nie ma takiego autora
no-such-post = nie ma takiego wpisu
no-such-account = nie ma takiego konta
no-such-group = nie ma takiej grupy
name-a-domain-such-as-city-example = podaj domenę, np. city.example
no-such-status = nie ma takiego statusu
no-token = brak tokena
invalid-token = nieprawidłowy token
this-token-has-no-user = ten token nie ma przypisanego użytkownika
this-action-is-outside-the-authorized-scopes = To działanie wykracza poza autoryzowane zakresy uprawnień
unknown-client-id-register-the-app-first = nieznany client_id: najpierw zarejestruj aplikację
response-type-must-be-code = response_type musi mieć wartość code
unknown-client-id = nieznany client_id
you-denied-the-app-access = odmówiono aplikacji dostępu
name-the-account = wskaż konto
delete-case-studies-and-events-from-their = studia przypadków i wydarzenia usuwaj na ich stronach
metrics-are-for-administrators-and-the-networks = metryki są dostępne dla administratorów i sieci wymienionych w server.metrics_networks
no-such-api-endpoint = nie ma takiego punktu końcowego API
log-in-first = najpierw się zaloguj
only-administrators-can-do-this = tylko administratorzy mogą to zrobić
send-an-api-token-as-authorization-bearer = wyślij token API jako `Authorization: Bearer …`
this-api-token-is-not-valid-revoked = ten token API jest nieważny (unieważniony lub wygasły?)
this-account-is-waiting-for-approval = to konto czeka na zatwierdzenie
choose-mute-or-block = wybierz mute lub block
this-event-is-served-by-its-own = to wydarzenie jest udostępniane przez jego własny węzeł
only-the-organiser-can-change-this-event = tylko organizator może zmienić to wydarzenie
no-such-action = nie ma takiego działania
there-is-no-page-at-this-address = pod tym adresem nie ma strony
no-such-member = nie ma takiego członka
this-resource-is-served-by-its-own = ten zasób jest udostępniany przez jego własny węzeł
only-the-author-can-change-this-resource = tylko autor może zmienić ten zasób
no-such-comment = nie ma takiego komentarza
this-nodes-interface-is-not-shipped-in = interfejs tego węzła nie jest dostępny w tym języku
nothing-on-this-node-has-that-address = w tym węźle nic nie ma takiego adresu
lists-of-remote-actors-live-on-their = listy zdalnych aktorów znajdują się na ich własnych serwerach
you-cannot-remove-this-post = nie możesz usunąć tego wpisu
enter-a-number-of-days-or-leave = wpisz liczbę dni lub pozostaw puste
the-transition-map-has-no-such-step = na Mapie transformacji nie ma takiego kroku
explore-has-no-such-tool-type = w sekcji Przeglądaj nie ma takiego typu narzędzia
add-resource-acct-name-domain = dodaj ?resource=acct:name@domain
resource-must-be-acct-name-domain = resource musi mieć postać acct:name@domain
no-such-account-on-this-node = w tym węźle nie ma takiego konta
that-username-or-email-is-taken = ta nazwa użytkownika lub ten adres e-mail są już zajęte
this-node-does-not-take-new-registrations = ten węzeł nie przyjmuje nowych rejestracji
wrong-username-or-password = nieprawidłowa nazwa użytkownika lub hasło
your-account-is-waiting-for-an-administrators = konto czeka na zatwierdzenie przez administratora
a-rule-is-allow-limit-or-block = reguła to allow, limit lub block
that-is-this-nodes-own-domain = to jest własna domena tego węzła
you-cannot-take-away-your-own-administrator = nie możesz odebrać sobie roli administratora
choose-the-archive-file-to-import = wybierz plik archiwum do zaimportowania
this-is-not-a-cairn-account-archive = to nie jest archiwum konta Cairn (wersja 1)
name-an-account-name-domain-or-its = wskaż konto (@name@domain lub jego adres) albo domenę
that-is-this-node-block-or-mute = to jest ten węzeł; blokuj lub wyciszaj jego konta pojedynczo
this-nodes-groups-and-its-own-account = grup tego węzła ani jego własnego konta nie można zablokować ani wyciszyć
you-cannot-block-or-mute-yourself = nie możesz zablokować ani wyciszyć własnego konta
this-account-does-not-accept-that-from = to konto nie przyjmuje tego od Ciebie
this-event-was-cancelled = to wydarzenie zostało odwołane
this-event-is-over = to wydarzenie już się zakończyło
this-event-takes-registrations-on-its-own = rejestracja na to wydarzenie odbywa się na jego własnej stronie
the-organiser-is-gone = konto organizatora już nie istnieje
this-event-lives-on-another-node-change = to wydarzenie znajduje się w innym węźle; zmień je tam
this-event-is-by-invitation-only = udział w tym wydarzeniu jest możliwy tylko na zaproszenie
you-are-not-taking-part-in-this = nie bierzesz udziału w tym wydarzeniu
only-the-organiser-decides-who-takes-part = tylko organizator decyduje, kto bierze udział
no-such-request-to-join = nie ma takiej prośby o udział
no-such-person = nie ma takiej osoby
which-event = które wydarzenie?
no-such-event-on-this-node = w tym węźle nie ma takiego wydarzenia
only-the-organiser-answers-a-request-to = tylko organizator odpowiada na prośbę o udział
the-event-names-no-organiser-attributedto = wydarzenie nie wskazuje organizatora (attributedTo)
only-its-organiser-can-publish-or-change = tylko organizator może opublikować lub zmienić to wydarzenie
this-event-lives-here = to wydarzenie znajduje się w tym węźle
only-the-organiser-can-delete-this-event = tylko organizator może usunąć to wydarzenie
you-are-already-taking-part = już bierzesz udział
you-asked-to-join-already-the-organiser = prośba o udział została już wysłana; decyzję podejmie organizator
this-event-is-full = brak wolnych miejsc na to wydarzenie
you-asked-to-join-already = prośba o udział została już wysłana
you-cannot-follow-yourself = nie możesz obserwować własnego konta
log-in-to-look-up-accounts-and = zaloguj się, aby wyszukiwać konta i zasoby na innych serwerach
the-follower-is-gone = konto obserwującego już nie istnieje
no-such-follow-request = nie ma takiej prośby o możliwość obserwowania
only-the-followed-actor-can-answer-a = tylko obserwowany aktor może odpowiedzieć na prośbę o możliwość obserwowania
only-the-follower-can-undo-a-follow = tylko obserwujący może cofnąć obserwowanie
that-handle-is-taken-choose-another = ten identyfikator jest już zajęty; wybierz inny
choose-admin-moderator-or-member = wybierz admin, moderator lub member
roles-go-to-members-of-this-node = role można nadawać tylko członkom z tego węzła
group-gone = grupa już nie istnieje
this-group-is-moderated-on-its-own = ta grupa jest moderowana we własnym węźle
only-the-groups-moderators-can-do-this = tylko moderatorzy grupy mogą to zrobić
only-the-groups-administrators-can-do-this = tylko administratorzy grupy mogą to zrobić
this-group-is-by-invitation-only = do tej grupy można dołączyć tylko na zaproszenie
that-person-is-not-a-member = ta osoba nie jest członkiem
administrators-cannot-be-removed = administratorów nie można usunąć
only-the-nodes-administrators-record-the-citys = tylko administratorzy węzła zapisują ścieżkę transformacji miasta
only-a-city-itself-can-publish-its = tylko samo miasto może opublikować swoją ścieżkę transformacji
this-file-is-attached-already-edit-what = ten plik jest już załączony; edytuj to, do czego jest załączony
no-such-file-of-yours = nie masz takiego pliku
no-such-file = nie ma takiego pliku
nothing-on-this-node-has-that-address-2 = w tym węźle nic nie ma takiego adresu; zgłoś treść ze strony, na której jest wyświetlana
this-is-your-own-change-or-delete = to Twoja własna treść; zamiast tego zmień ją lub usuń
the-action-is-dismiss-remove-warn-limit = działanie to dismiss, remove, warn, limit lub suspend
an-account-is-not-removed-limit-or = konta się nie usuwa; zamiast tego ogranicz je lub zawieś
you-cannot-limit-or-suspend-yourself = nie możesz ograniczyć ani zawiesić własnego konta
this-nodes-groups-and-its-own-actor = grup tego węzła ani jego własnego aktora nie można ograniczyć ani zawiesić
status-is-open-dismissed-removed-warned-limited = status to open, dismissed, removed, warned, limited lub suspended
only-moderators-and-administrators-can-do-this = tylko moderatorzy i administratorzy mogą to zrobić
owner-gone = konto właściciela już nie istnieje
no-such-report = nie ma takiego zgłoszenia
only-an-administrator-can-limit-or-suspend = tylko administrator może ograniczyć lub zawiesić konto administratora
this-account-was-suspended-or-deleted-by = to konto zostało zawieszone lub usunięte przez jego własny serwer
you-reported-this-already-the-moderators-have = ta treść została już przez Ciebie zgłoszona; moderatorzy mają to zgłoszenie
an-account-is-not-an-alias-of = konto nie może być aliasem samego siebie
a-person-or-an-organisation-moves-to = osoba lub organizacja przenosi się na konto, a nie do grupy
a-group-moves-to-another-group = grupa przenosi się do innej grupy
an-account-cannot-move-to-itself = konta nie można przenieść na nie samo
a-group-moves-to-a-group-and = grupa przenosi się do grupy i tylko grupa może to zrobić
an-app-needs-a-name-of-up = aplikacja musi mieć nazwę o długości najwyżej 100 znaków
give-at-least-one-redirect-uri = podaj co najmniej jeden URI przekierowania (redirect URI)
this-redirect-uri-was-not-registered-by = ten URI przekierowania nie został zarejestrowany przez aplikację
the-app-asks-for-scopes-it-did = aplikacja prosi o zakresy uprawnień, których nie zarejestrowała
invalid-client-the-client-id-or-secret = invalid_client: nieprawidłowy identyfikator klienta lub sekret
invalid-grant-the-code-is-wrong-used = invalid_grant: kod jest nieprawidłowy, już użyty lub wygasły
invalid-grant-wrong-username-or-password = invalid_grant: nieprawidłowa nazwa użytkownika lub hasło
no-actor = brak aktora
another-process-has-taken-this-reading-over = odczyt przejął inny proces
this-reading-was-ended = ten odczyt został w międzyczasie zakończony
there-is-no-such-post-here-to = nie ma tu takiego wpisu, na który można odpowiedzieć
join-the-group-before-posting-in-it = dołącz do grupy, zanim opublikujesz w niej wpis
author-gone = konto autora już nie istnieje
only-the-author-or-the-groups-moderators = tylko autor lub moderatorzy grupy mogą usunąć ten wpis
only-its-author-can-publish-this-note = tylko autor może opublikować ten wpis
only-members-can-post-in-this-group = tylko członkowie mogą publikować wpisy w tej grupie
a-removal-names-a-post = usunięcie musi wskazywać wpis
the-announced-post-has-no-id = przekazany wpis nie ma id
the-group-passed-on-a-post-that = grupa przekazała wpis, który nie należy do grupy
a-group-can-only-remove-its-own = grupa może usuwać tylko własne wpisy
only-its-author-or-its-group-can = tylko autor lub grupa może usunąć ten wpis
only-its-author-can-change-this-post = tylko autor może zmienić ten wpis
only-public-posts-can-be-reblogged = podbijać można tylko publiczne wpisy
the-like-has-no-object = aktywność Like nie ma obiektu
only-who-liked-something-can-undo-it = polubienie może cofnąć tylko osoba, która je dodała
write-something-first = najpierw coś napisz
keep-comments-under-5000-characters = komentarze muszą mieć mniej niż 5000 znaków
this-resource-lives-on-another-node-change = ten zasób znajduje się w innym węźle; zmień go tam
no-author = brak autora
only-its-author-can-publish-or-change = tylko autor może to opublikować lub zmienić
the-updated-object-has-no-id = zaktualizowany obiekt nie ma id
the-deleted-object-has-no-id = usunięty obiekt nie ma id
the-announced-object-has-no-id = przekazany obiekt nie ma id
give-a-domain-or-a-url = podaj domenę lub URL
this-node-cannot-subscribe-to-itself = ten węzeł nie może subskrybować samego siebie
the-nodes-application-actor-is-missing = brak aktora aplikacji węzła
only-the-subscribed-server-can-answer-its = tylko subskrybowany serwer może odpowiedzieć na subskrypcję
you-have-no-such-token = nie masz takiego tokena

## errors with arguments

this-is-required = to pole jest wymagane
write-at-least-characters = { $min ->
    [one] wpisz co najmniej { $min } znak
    [few] wpisz co najmniej { $min } znaki
    [many] wpisz co najmniej { $min } znaków
   *[other] wpisz co najmniej { $min } znaków
}
keep-this-under-characters = { $max ->
    [one] ten tekst musi mieć mniej niż { $max } znak
    [few] ten tekst musi mieć mniej niż { $max } znaki
    [many] ten tekst musi mieć mniej niż { $max } znaków
   *[other] ten tekst musi mieć mniej niż { $max } znaków
}
publish-at-most-rules = { $count ->
    [one] opublikuj najwyżej { $count } zasadę
    [few] opublikuj najwyżej { $count } zasady
    [many] opublikuj najwyżej { $count } zasad
   *[other] opublikuj najwyżej { $count } zasad
}
attach-at-most-files-to-a-post = { $count ->
    [one] dołącz do wpisu najwyżej { $count } plik
    [few] dołącz do wpisu najwyżej { $count } pliki
    [many] dołącz do wpisu najwyżej { $count } plików
   *[other] dołącz do wpisu najwyżej { $count } plików
}
keep-posts-under-characters = { $max ->
    [one] wpisy muszą mieć mniej niż { $max } znak
    [few] wpisy muszą mieć mniej niż { $max } znaki
    [many] wpisy muszą mieć mniej niż { $max } znaków
   *[other] wpisy muszą mieć mniej niż { $max } znaków
}
choose-which-rule-it-breaks = wybierz, którą zasadę narusza (od 1 do { $count })
file-says-it-is-but-is = według deklaracji ten plik to { $claimed }, ale w rzeczywistości to { $detected }
a-file-may-be-at-most = plik może mieć najwyżej { $size }
the-map-has-no-step = na Mapie transformacji nie ma kroku „{ $step }”
keep-notes-under-characters = { $max ->
    [one] notatki muszą mieć mniej niż { $max } znak
    [few] notatki muszą mieć mniej niż { $max } znaki
    [many] notatki muszą mieć mniej niż { $max } znaków
   *[other] notatki muszą mieć mniej niż { $max } znaków
}
link-at-most-pieces-of-evidence = { $count ->
    [one] powiąż najwyżej { $count } materiał potwierdzający
    [few] powiąż najwyżej { $count } materiały potwierdzające
    [many] powiąż najwyżej { $count } materiałów potwierdzających
   *[other] powiąż najwyżej { $count } materiałów potwierdzających
}
is-not-a-web-link = „{ $link }” nie jest linkiem http(s)
is-not-a-sector-cairn-knows = { $sector } nie jest sektorem, który zna Cairn
is-not-a-step-of-the-map = { $step } nie jest krokiem Mapy transformacji
is-not-a-tool-type = { $tool } nie jest typem narzędzia z katalogu sekcji Przeglądaj
this-form-has-expired-or-came-from = ten formularz wygasł lub pochodzi z innej witryny; odśwież stronę i spróbuj ponownie
finance-starting-score = Wynik początkowy dla tego rodzaju finansowania.
finance-often-used-in-sector = Często stosowane w sektorze „{ $sector }”.
username-length = nazwa użytkownika ma od 2 do 30 znaków
username-first-letter = nazwa użytkownika zaczyna się od małej litery
username-letters = nazwa użytkownika zawiera tylko małe litery, cyfry i _

# Resources in several languages
translations = Tłumaczenia
the-same-resource-in-other-languages = Ten sam zasób w innych językach. Wypełnij blok, aby dodać tłumaczenie; opróżnij blok, aby usunąć tę wersję.
translation-number = Tłumaczenie { $number }
languages-of-this-page = Języki tej strony
read-in = Czytaj w języku:
original = oryginał
add-at-most-translations = dodaj co najwyżej { $max } tłumaczeń
translation-problem = Tłumaczenie „{ $language }”: { $problem }
a-translation-is-in-another-language = tłumaczenie musi być w innym języku niż oryginał
this-language-has-a-translation-already = ten język ma już tłumaczenie
the-same-event-in-other-languages = To samo wydarzenie w innych językach. Wypełnij blok, aby dodać tłumaczenie; opróżnij blok, aby usunąć tę wersję.
the-same-group-in-other-languages = Nazwa i opis grupy w innych językach. Wypełnij blok, aby dodać tłumaczenie; opróżnij blok, aby usunąć tę wersję.

# Errors of the services and the API (the message; the error code stays English)
host-is-not-this-node = { $host } to nie jest ten węzeł
there-is-no-one-called-on-this-node = w tym węźle nie ma nikogo o nazwie { $name }
report-at-most-statuses-at-once = maksymalna liczba statusów w jednym zgłoszeniu to { $max }
status-is-not-by-this-account = status { $id } nie pochodzi z tego konta
text-character-limit-exceeded = Przekroczono limit znaków tekstu ({ $max })
is-not-a-media-id = { $id } nie jest identyfikatorem multimediów
malformed-json = nieprawidłowy JSON: { $problem }
malformed-url = nieprawidłowy URL: { $problem }
unsupported-grant-type = nieobsługiwany grant_type { $grant }
the-form-could-not-be-read = nie udało się odczytać formularza: { $problem }
nobody-called-is-known-here = nikt o nazwie { $handle } nie jest tu znany
send-at-most-files-at-a-time = maksymalna liczba plików wysyłanych naraz to { $max }
is-not-a-sector = „{ $value }” nie jest sektorem
a-request-body-may-be-at-most-bytes = treść żądania może mieć najwyżej { $max } B
name-at-most-accounts = maksymalna liczba wskazanych kont to { $max }
account-moved-to = konto { $account } zostało przeniesione na { $target }
cannot-check-the-new-account = nie można sprawdzić nowego konta { $account }: { $problem }
does-not-name-as-an-alias = { $account } nie wskazuje { $old } jako aliasu
is-not-on-the-server-of = { $url } nie znajduje się na serwerze { $owner }
is-not-a-group = { $name } nie jest grupą
this-group-moved-to = ta grupa została przeniesiona do { $target }
was-removed-by-this-nodes-moderators = moderatorzy tego węzła usunęli { $url }
is-a-kind-cairn-does-not-show = { $url } jest typu { $kind }, którego Cairn nie wyświetla
is-not-a-picture-but = { $url } to { $kind }, a nie obraz
this-report-was-handled-already = to zgłoszenie zostało już rozpatrzone ({ $status })
is-neither-a-domain-nor-a-url = „{ $value }” nie jest ani domeną, ani adresem URL
is-not-a-url = „{ $value }” nie jest adresem URL
is-blocked-on-this-node = domena { $domain } jest zablokowana w tym węźle
no-subscription-to = brak subskrypcji domeny { $domain }
cannot-find = nie można znaleźć { $name }: { $problem }
you-do-not-block = nie blokujesz { $name }
you-do-not-mute = nie wyciszasz { $name }
there-is-no-account = nie ma konta { $name }
there-is-no-rule-for = brak reguły dla { $domain }
unknown-scope = nieznany zakres uprawnień { $scope }
is-not-a-uri = { $value } nie jest identyfikatorem URI
only-its-author-can-change-it = tylko autor może to zmienić
this-image-cannot-be-read = nie można odczytać tego obrazu: { $problem }
is-not-a-file-of-yours-to-attach = { $id } nie jest Twoim plikiem, który można załączyć
choose-one-picture = wybierz jeden obraz
no-account-here = nie ma tu konta { $name }
you-do-not-follow = nie obserwujesz { $name }
cannot-mention = nie można wspomnieć o { $name }: { $problem }
this-file-is-not-a-cairn-account-archive = ten plik nie jest archiwum konta Cairn ({ $problem })
choose-a-picture-by-uploading-it = wybierz obraz tego węzła, przesyłając go, a nie podając jego adres
this-contains-control-characters = tekst zawiera znaki sterujące
choose-a-country-from-the-list = wybierz kraj z listy
enter-a-date-and-time-like = wpisz datę i godzinę, np. 2026-03-29T10:00
that-time-does-not-exist-in = ta godzina nie istnieje w strefie { $zone }: wtedy następuje zmiana czasu
that-username-is-taken = ta nazwa użytkownika jest już zajęta
an-account-with-this-email-exists = konto z tym adresem e-mail już istnieje
group-handle-length = identyfikator grupy ma od 2 do 30 znaków
group-handle-first-letter = identyfikator grupy zaczyna się od małej litery
group-handle-letters = identyfikator grupy zawiera tylko małe litery, cyfry i _
that-group-handle-is-reserved = ten identyfikator grupy jest zarezerwowany
too-many-log-in-attempts-for-this-account = zbyt wiele prób logowania na to konto
too-many-log-in-attempts-from-this-address = zbyt wiele prób logowania z tego adresu
too-many-new-accounts-from-this-address = zbyt wiele nowych kont z tego adresu
too-many-changes-in-a-short-time = zbyt wiele zmian w krótkim czasie
too-many-activities-from-this-server = zbyt wiele aktywności z tego serwera
too-many-activities-from-this-actor = zbyt wiele aktywności od tego aktora
try-again-in-seconds = { $problem }; spróbuj ponownie za { $seconds } s

# The command line (cairn …), in the language of LC_ALL, LC_MESSAGES or LANG
cli-cannot-read-file = nie można odczytać { $path }: { $problem }
cli-matrix-is-valid = { $path }: poprawny (pytania: { $questions }, opcje finansowania: { $options })
cli-database-is-up-to-date = baza danych jest aktualna ({ $backend })
cli-pass-password-stdin = użyj --password-stdin i wpisz hasło na standardowym wejściu
cli-cannot-read-the-password = nie można odczytać hasła: { $problem }
cli-created-account = utworzono konto { $handle } z rolą { $role } ({ $id })
cli-removing-illustrative-resources = usuwanie przykładowych zasobów demonstracyjnych: { $done }
cli-removed-illustrative-resources = usunięto przykładowe zasoby demonstracyjne (liczba: { $count }) i konto demonstracyjne
cli-seeding-illustrative-resources = tworzenie przykładowych zasobów demonstracyjnych: { $done }/{ $total } ({ $percent }%)
cli-added-illustrative-resources = dodano przykładowe zasoby demonstracyjne (liczba: { $count }) w { $seconds } s
cli-revoked-tokens = { $count ->
    [one] unieważniono { $count } token API użytkownika { $name }
    [few] unieważniono { $count } tokeny API użytkownika { $name }
   *[many] unieważniono { $count } tokenów API użytkownika { $name }
}
cli-role-is-set = { $name } ma teraz rolę { $role }
cli-counts-rebuilt = liczniki mapy, Przeglądaj, pulpitu i repozytorium przeliczone od nowa z zasobów w { $seconds } s
cli-search-rebuilt = listy wyszukiwania odbudowane z { $count } zasobów w { $seconds } s
cli-search-rebuilt-by-itself = Wyszukiwarka SQLite odbudowuje się sama: zatrzymaj Cairn, usuń folder { $folder } i uruchom Cairn
cli-worker-started = proces roboczy Cairn dla { $url } (baza danych { $backend }): doręczanie, bez HTTP
cli-cannot-listen-on = nie można nasłuchiwać na { $address }
cli-listening = Cairn nasłuchuje na { $address } jako { $url } (baza danych { $backend })
cli-listening-web-only = Cairn nasłuchuje na { $address } jako { $url } (baza danych { $backend }, tylko web: doręczenia realizują procesy robocze)
cli-cannot-read-config-file = nie można odczytać pliku konfiguracyjnego { $path }: { $problem }
cli-invalid-config-file = nieprawidłowy plik konfiguracyjny: { $problem }
cli-config-section-must-be-a-table = sekcja konfiguracji [{ $section }] musi być tabelą
cli-invalid-configuration = nieprawidłowa konfiguracja: { $problem }
cli-server-bind-must-be-an-address = server.bind musi być adresem, np. 127.0.0.1:8080, a nie „{ $value }”
cli-tls-cert-and-key-together = server.tls_cert i server.tls_key muszą być ustawione razem
cli-max-connections-at-least-one = database.max_connections musi wynosić co najmniej 1
