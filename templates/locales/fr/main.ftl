# L’interface de Cairn en français : traduction du catalogue de référence anglais.

## shared

unsubscribe = Se désabonner
blocked = Bloqués
resources = { $count ->
    [one] ressource
   *[other] ressources
}
upcoming-events-2 = Événements à venir
online = En ligne
events = Événements
publish-an-event = Publier un événement
you-take-part = Vous participez.
saved = Enregistré.
remove-from-the-group = Retirer du groupe
knowledge-repository = Base de connaissances
publish-a-resource = Publier une ressource
overview = Vue d’ensemble
remove-it = Supprimer
name = Nom
description = Description
yes = oui
no = non
feed = Fil
home = Accueil
knowledge = Connaissances
groups = Groupes
directory = Annuaire
explore = Explorer
dashboard = Tableau de bord
notifications = Notifications
reports = Signalements
admin = Administration
log-in = Se connecter
register = S’inscrire
report = Signaler
sectors = Secteurs
country = Pays
expertise = Expertise
from = Origine :
pages = Pages
from-inline = via
sector = Secteur
all-sectors = Tous les secteurs
filter = Filtrer
when = Quand
nobody-yet = Personne pour l’instant.
accept = Accepter
reject = Refuser
title = Titre
address = Adresse
status = Statut
topics = Thèmes
language = Langue
save = Enregistrer
search = Rechercher
kind = Type
city = Ville
audit-log = Journal d’audit
rule = Règle
block = Bloquer
blocks-and-mutes = Blocages et masquages
resources-2 = Ressources
actions = Actions
timelines = Fils
no-groups-yet = Aucun groupe pour l’instant.
find-people = Trouver des personnes
remove = Supprimer
role = Rôle
move-the-group = Migrer le groupe
this-group-has-moved-to = Ce groupe a migré vers

## admin

the-nodes-identity-is-saved = L’identité du nœud est enregistrée.
the-nodes-rules-are-published = Les règles du nœud sont publiées.
rule-removed = Règle supprimée.
account-approved = Compte approuvé.
unsubscribe-from-this-node = Se désabonner de ce nœud ?
this-node-stops-gathering-its-work = Ce nœud cesse de collecter ses travaux ; ce qui a déjà été collecté reste jusqu’à la prochaine actualisation.
## auth

an-administrator-approves-new-accounts-before = Un administrateur approuve les nouveaux comptes avant qu’ils puissent se connecter.
this-node-does-not-take-new = Ce nœud n’accepte pas de nouvelles inscriptions.
welcome-tell-colleagues-who-you-are = Bienvenue ! Présentez-vous à vos collègues.
thank-you-an-administrator-will-approve = Merci. Un administrateur approuvera bientôt votre compte.
you-are-logged-out = Déconnexion effectuée.
nodes-sharing = { $count ->
    [one] nœud contributeur
   *[other] nœuds contributeurs
}
people = { $count ->
    [one] personne
   *[other] personnes
}
upcoming-events = { $count ->
    [one] événement à venir
   *[other] événements à venir
}

## blocks

unblocked = Débloqué.
unmuted = Masquage levé.
blocked-follows-between-you-ended = Bloqué. Les abonnements entre vous ont pris fin.
muted = Masqué.

## events

past-events = Événements passés
upcoming = À venir
past = Passés
month = Mois
saved-participants-and-followers-are-told = Enregistré. Les participants et les abonnés en sont informés.
published-it-appears-in-your-followers = Publié. L’événement apparaît dans l’agenda de vos abonnés.
edit-event = Modifier l’événement
your-request-to-join-is-sent = Votre demande de participation est envoyée.
you-no-longer-take-part = Vous ne participez plus.
tentative = Provisoire
cancelled = Annulé
calendar-views = Vues de l’agenda
online-only = En ligne uniquement
subscribe-to-this-calendar-ical = S’abonner à cet agenda (iCal)
no-events-here-yet-follow-more = Aucun événement pour l’instant. Suivez d’autres villes pour voir les leurs, ou publiez-en un.
this-event-will-not-take-place = cet événement n’aura pas lieu.
the-events-picture = L’image de l’événement
where = Où
the-link-is-shown-to-participants = Le lien est communiqué aux participants dès leur inscription.
the-organisers-node-sends-the-link = Le nœud de l’organisateur envoie le lien aux participants ; il n’est pas encore arrivé ici.
organiser = Organisateur
participants = Participants
you-asked-to-join-the-organiser = Vous avez demandé à participer ; l’organisateur décide.
your-request-was-not-accepted = Votre demande n’a pas été acceptée.
leave = Ne plus participer
take-part = Participer
log-in-to-take-part = Connectez-vous pour participer
add-to-my-calendar-ics = Ajouter à mon agenda (.ics)
edit-or-cancel = Modifier ou annuler
markdown = Markdown.
banner-picture = Image de bannière
what-the-banner-shows-alt-text = Ce que montre la bannière (texte alternatif)
starts = Début
local-time-where-the-event-happens = Heure locale du lieu de l’événement.
ends = Fin
time-zone = Fuseau horaire
for-example-europe-paris = Par exemple Europe/Paris
webinar-link = Lien du webinaire
places-2 = Places
leave-empty-for-no-limit = Laisser vide pour ne fixer aucune limite.
taking-part-2 = Participation
anyone-can-join = Ouverte à tous
the-organiser-approves-each = Sur validation de l’organisateur
by-invitation = Sur invitation
registration-elsewhere = Inscription sur un autre site
confirmed = Confirmé
separate-with-commas = Séparer par des virgules

## follows

you-follow-them-now = Vous suivez désormais ce compte.
follow-request-sent = Demande d’abonnement envoyée.
you-no-longer-follow-them = Vous ne suivez plus ce compte.
request-accepted = Demande acceptée.
request-rejected = Demande refusée.

## groups

group-saved = Groupe enregistré.
group-created = Groupe créé.
the-groups-earlier-names-are-saved = Les anciens noms du groupe sont enregistrés.
the-members-are-moving-to-the = Les membres migrent vers le nouveau groupe.
welcome-to-the-group = Bienvenue dans le groupe.
request-sent-a-moderator-will-answer = Demande envoyée : un modérateur vous répondra.
you-left-the-group = Vous avez quitté le groupe.
posted-to-the-group = Publié dans le groupe.
accepted = Demande acceptée.
refused = Demande refusée.
remove-this-member-from-the-group = Retirer ce membre du groupe ?
they-stop-receiving-the-groups-posts = Ce membre ne recevra plus les messages du groupe, et les abonnés du groupe en seront informés.

## knowledge

published-your-followers-and-the-citys = Publié. Vos abonnés et ceux de la ville la verront.
edit-resource = Modifier la ressource
saved-the-change-goes-out-to = Enregistré. La modification est transmise à tous ceux qui détiennent la ressource.
delete-this-resource = Supprimer cette ressource ?
delete-it = Supprimer
deleted-the-deletion-goes-out-to = Supprimé. La suppression est transmise à tous ceux qui détenaient la ressource.
comment-posted = Commentaire publié.
illustrative-demo-data = Données de démonstration fictives
search-case-studies-methods-videos = Rechercher des études de cas, des méthodes, des vidéos…
filters = Filtres
sort-by = trier par
relevance = pertinence
newest = plus récentes
atom-feed-of-this-search = Flux Atom de cette recherche
this-page-is-past-the-last = Cette page se situe après le dernier résultat.
back-to-the-first-page = Retour à la première page
this-node-holds-no-resources-yet = Ce nœud ne contient encore aucune ressource.
publish-the-first-one = Publiez la première
or-follow-other-cities-to-gather = ou suivez d’autres villes pour rassembler leurs travaux.
did-you-mean = Vouliez-vous dire :
search-syntax-hint = Des « guillemets » pour une expression, OR pour l’un ou l’autre mot, -mot pour en écarter un, mot* pour les mots qui commencent ainsi.
nothing-matches-try-fewer-words-or = Aucun résultat. Essayez avec moins de mots ou de filtres, ou suivez davantage de villes pour élargir la base de connaissances.
previous = Précédent
page = Page
next = Suivant
illustrative-demo-data-not-a-real = Données de démonstration fictives : il ne s’agit pas des résultats d’une vraie ville
by = Par
published-on = publié sur
on-the-transition-map-and-in = Sur la Carte de la transition et dans Explorer
attachments = Pièces jointes
edit = Modifier
delete = Supprimer
comments = Commentaires
add-a-comment = Ajouter un commentaire
comment = Commenter
log-in-to-comment = Connectez-vous pour commenter
preview = Aperçu
summary = Résumé
plain-text-a-few-sentences-mastodon = Texte brut, quelques phrases : Mastodon l’affiche avec le titre.
body-2 = Texte
markdown-bold-italic-links-https-lists = Markdown : **gras**, _italique_, [liens](https://…), listes.
transition-map-phases = Phases de la Carte de la transition
transition-map-steps-it-helps-with = Étapes de la Carte de la transition concernées
explore-tool-types-it-is-an = Types d’outils d’Explorer dont elle est un exemple
separate-with-commas-e-g-citizen = Séparer par des virgules, p. ex. participation citoyenne, pompes à chaleur
licence = Licence
for-example-cc-by-4-0 = Par exemple CC BY 4.0
started-year = Début (année)
ended-year = Fin (année)
emissions-avoided-tco2e-per-year = Émissions évitées (tCO2e par an)
only-figures-you-can-stand-behind = Uniquement des chiffres dont vous pouvez répondre.
investment-eur = Investissement (EUR)
people-reached = Personnes touchées
add-files = Ajouter des fichiers
a-few-at-a-time-pdf = Quelques-uns à la fois : PDF, documents bureautiques, CSV, texte ou images (JPEG, PNG, WebP, GIF ; leurs données de localisation sont supprimées). Une fois envoyés, ils apparaissent ci-dessous sous Pièces jointes, avec Aperçu ou Publier.
what-the-files-show-alt-text = Ce que montrent les fichiers (texte alternatif)
for-people-who-cannot-see-them = Pour les personnes qui ne peuvent pas les voir ; vous pouvez donner à chacun son propre titre sous Pièces jointes.
one-per-line-address-title-media = Un par ligne : adresse | titre | type de média
publishing-organisation = Organisation éditrice
publish = Publier

## moderation

thank-you-the-moderators-here-will = Merci. Les modérateurs de ce nœud vont l’examiner.
a-person-here = une personne de ce nœud
a-person-here-whose-account-is = une personne de ce nœud dont le compte a été supprimé
removed-the-report-is-closed-and = Supprimé. Le signalement est clos et son auteur en est informé.
dismissed-the-report-is-closed-and = Classé sans suite. Le signalement est clos et son auteur en est informé.
warned-the-account-is-told-and = Averti. Le compte en est informé, tout comme l’auteur du signalement.
limited-the-account-is-left-out = Limité. Le compte est exclu des fils publics, de la recherche et des listes ; ses abonnés le voient toujours.
suspended-nothing-more-is-taken-from = Suspendu. Plus rien n’est reçu de ce compte, et ce qu’il avait ici est supprimé.
report-to-the-moderators = Signaler aux modérateurs
why-do-you-report-it = Pourquoi faites-vous ce signalement ?
which-rule-does-it-break = Quelle règle est enfreinte ?
only-when-the-reason-is-one = Uniquement si le motif est l’une des règles de ce nœud.
none = Aucune
what-should-the-moderators-know = Que doivent savoir les modérateurs ?
optional-up-to-1000-characters-moderators = Facultatif, 1000 caractères au maximum. Les modérateurs le lisent, ainsi que ceux de l’autre serveur si vous le leur envoyez.
also-send-the-report-to-the = Envoyer aussi le signalement aux modérateurs de
it-goes-in-this-nodes-name = Il est envoyé au nom de ce nœud avec votre commentaire : votre nom n’est pas transmis.
send-the-report = Envoyer le signalement
reports-by-state = Signalements par état
open = Ouverts
removed = Supprimés
warned = Avertis
limited = Limités
suspended = Suspendus
dismissed = Classés sans suite
no-reports-here = Aucun signalement ici.
no-longer-here = n’existe plus
account = Compte
reported-by = Signalé par
none-about-this-account = Aucun concernant ce compte.
note-for-the-audit-log = Note pour le journal d’audit
warn-the-account = Avertir le compte
limit-the-account = Limiter le compte
suspend-the-account = Suspendre le compte
dismiss = Classer sans suite
every-moderation-and-administration-action-as = Chaque action de modération et d’administration, telle qu’elle a été effectuée. Personne ne peut la modifier ici.
action = Action
any = Toutes
done-by-username = Effectuée par (nom d’utilisateur)
show = Afficher
nothing-recorded-yet = Rien n’a encore été enregistré.
who = Qui
target = Cible
note = Note
unmute = Ne plus masquer
mute = Masquer
unblock = Débloquer
nobody = Personne.
a-blocked-account-cannot-follow-you = Un compte bloqué ne peut pas vous suivre, vous mentionner, répondre à vos publications ni participer à vos événements ; les abonnements entre vous prennent fin et son serveur en est informé. Un compte masqué disparaît simplement de votre fil et de vos notifications ; personne n’en est informé. Dans les deux cas, il peut s’agir d’un domaine entier.
account-or-domain = Compte ou domaine
name-city-example-the-address-of = @name@city.example, l’adresse d’un compte, ou un domaine comme city.example
what-to-do = Que faire
muted-2 = Masqués

## profile

followers = Abonnés
following = Abonnements
your-profile-is-saved = Votre profil est enregistré.
your-other-accounts-are-saved = Vos autres comptes sont enregistrés.
your-followers-are-moving-to-your = Vos abonnés migrent vers votre nouveau compte.
organisation = Organisation
this-account-has-moved-to = Ce compte a migré vers
this-profile-lives-on = Ce profil est hébergé sur
edit-your-profile = Modifier votre profil
follow-requests = Demandes d’abonnement
no-requests-are-waiting = Aucune demande en attente.
choose-whether-you-approve-followers = Choisir d’approuver ou non les abonnés
edit-profile = Modifier le profil
display-name = Nom affiché
job-title = Fonction
where-you-work-e-g-city = Où vous travaillez, p. ex. Ville de Gand, équipe climat
separate-topics-with-commas-e-g = Séparez les thèmes par des virgules, p. ex. réseau de chaleur, vélo
about-you = À propos de vous
your-picture = Votre photo
or-the-address-of-a-picture = Ou l’adresse d’une image en ligne
header-picture-across-the-top-of = Image d’en-tête, en haut de votre page
or-the-address-of-a-header = Ou l’adresse d’une image d’en-tête en ligne
approve-each-new-follower-myself = Approuver moi-même chaque nouvel abonné
your-api-tokens = Vos jetons d’API
move-your-account = Migrer votre compte
coming-here-from-another-group = Arrivée depuis un autre groupe
coming-here-from-another-account = Arrivée depuis un autre compte
name-the-group-this-one-takes = Indiquez le groupe que celui-ci remplace, puis lancez la migration depuis ce groupe : ses membres, modérateurs et discussions arrivent ici.
name-the-account-you-had-before = Indiquez le compte que vous aviez auparavant, puis lancez la migration depuis ce compte : ses abonnés vous suivront ici.
the-groups-this-one-was-before = Les groupes que celui-ci remplace
handles-like-heat-network-example-separated = Identifiants comme @heat@network.example, séparés par des virgules
your-other-accounts = Vos autres comptes
handles-like-anna-lyon-example-separated = Identifiants comme @anna@lyon.example, séparés par des virgules
your-data = Vos données
download-your-data = Télécharger vos données
your-resources-events-public-posts-profile =  : vos ressources, événements, messages publics, profil et abonnements, à importer sur votre nouveau nœud.
import-data-from-another-node = Importer des données depuis un autre nœud
moving-this-group-away = Migrer ce groupe ailleurs
moving-this-account-away = Migrer ce compte ailleurs
first-create-the-new-group-on = Créez d’abord le nouveau groupe sur l’autre nœud et indiquez-y celui-ci. Les membres, ici et sur d’autres serveurs, rejoindront le nouveau groupe, dont le nœud reprend les modérateurs et les discussions ; ce groupe renverra vers lui.
the-new-group = Le nouveau groupe
a-handle-like-heat-gent-example = Un identifiant comme @heat@gent.example
move-the-members-to-it = Y transférer les membres
first-name-this-account-on-the = Indiquez d’abord ce compte sur le nouveau. Vos abonnés, ici et sur d’autres serveurs, suivront le nouveau compte ; celui-ci renverra vers lui.
your-new-account = Votre nouveau compte
a-handle-like-anna-gent-example = Un identifiant comme @anna@gent.example
move-my-followers-to-it = Y transférer mes abonnés
import-your-data = Importer vos données
not-imported = Non importés
publish-here-as-this-account-the = Publier ici, sous ce compte, les ressources, événements et messages publics d’une archive téléchargée depuis un autre nœud, et suivre à nouveau les comptes que ce compte suivait. Les éléments déjà présents ne sont pas publiés deux fois.
archive-file = Fichier d’archive
the-cairn-json-file-from-download = Le fichier cairn-….json obtenu via « Télécharger vos données » sur votre ancien nœud (1 Mio au maximum)
import = Importer
api-tokens = Jetons d’API
scripts-and-apps-act-as-you = Avec un jeton, des scripts et des applications agissent en votre nom. Révoquez ceux que vous n’utilisez plus ou qui ont pu fuiter.
your-new-token-copy-it-now = Votre nouveau jeton. Copiez-le maintenant : il ne sera plus affiché.
you-have-no-api-tokens = Vous n’avez aucun jeton d’API.
created = Créé
last-used = Dernière utilisation
expires = Expiration
revoke = Révoquer
new-token = Nouveau jeton
what-is-it-for = À quoi sert-il ?
expires-after-days = Expire après (jours)
leave-empty-for-a-token-that = Laisser vide pour un jeton valable jusqu’à sa révocation
make-a-token = Créer un jeton

## social

reply-posted = Réponse publiée.
posted = Publié.
remove-this-post = Supprimer ce message ?
it-disappears-here-and-the-servers = Il disparaît ici, et les serveurs qui l’ont reçu sont invités à le supprimer.
post-removed = Message supprimé.
in-inline = dans
replying-to = En réponse à
a-post = un message
markdown-mention-people-as-name-host = Markdown ; mentionnez des personnes avec @nom@serveur, étiquetez des thèmes avec #mot.
post = Publier
what-are-you-working-on = Sur quoi travaillez-vous ?
nothing-here-yet = Rien ici pour l’instant.
find-colleagues-and-groups-to-follow = Trouvez des collègues et des groupes à suivre
no-resource-is-filed-under-this = Aucune ressource n’est classée sous ce mot-clé.
all-resources-with-this-tag = Toutes les ressources avec ce mot-clé
posts-2 = Messages
no-public-post-uses-this-tag = Aucun message public n’utilise encore ce mot-clé.
post-by = Message de
replies = Réponses
reply = Répondre
create-a-group = Créer un groupe
search-groups = Rechercher des groupes
start-one = Créez-en un
edit-the-group = Modifier le groupe
handle = Identifiant
lowercase-letters-digits-and-the-groups = Lettres minuscules, chiffres et _ ; l’adresse du groupe est @identifiant@ce-nœud.
the-groups-picture = L’image du groupe
separated-by-commas = Séparés par des virgules.
who-can-join = Qui peut rejoindre le groupe
who-can-read-the-discussions = Qui peut lire les discussions
create-the-group = Créer le groupe
discussions-for-members-only = Discussions réservées aux membres
public-discussions = Discussions publiques
this-group-lives-on = Ce groupe est hébergé sur
leave-the-group = Quitter le groupe
your-request-to-join-waits-for = Votre demande d’adhésion attend la réponse d’un modérateur.
withdraw-the-request = Retirer la demande
join = Rejoindre
ask-to-join = Demander à rejoindre
log-in-to-join = Connectez-vous pour rejoindre
waiting-to-join = En attente d’adhésion
nobody-is-waiting = Personne n’est en attente.
refuse = Refuser
invite-someone-name-host = Inviter quelqu’un (@nom@serveur)
invite = Inviter
discussions = Discussions
start-a-discussion = Lancer une discussion
discussions-are-for-members-only = Les discussions sont réservées aux membres.
no-discussions-yet = Aucune discussion pour l’instant.
members-2 = Membres
set-role = Attribuer le rôle
people-cities-and-groups-here-and = Personnes, villes et groupes, ici et sur les nœuds que celui-ci connaît.
look-someone-up-by-handle = Rechercher quelqu’un par son identifiant
nobody-matches-try-fewer-filters-or = Aucun résultat. Essayez avec moins de filtres, ou recherchez quelqu’un par son identifiant sur la page
view-and-join = Voir et rejoindre
nothing-new = Rien de nouveau.
see = Voir

## transition

saved-and-published-to-the-citys = Enregistré et publié auprès des abonnés de la ville.
the-climate-transition-map-as-a = La Carte de la transition climatique sous forme de parcours
evidence = Justificatifs
updated = mis à jour le
templates-for-this-phase = Modèles pour cette phase
transition-map = Carte de la transition
climate-transition-map = Carte de la transition climatique
six-phases-from-a-political-mandate = Six phases, du mandat politique à une nouvelle normalité. Chaque étape renvoie à ce que les villes ont publié à son sujet, ici et sur les nœuds que celui-ci suit.
transition-journey = Parcours de transition
transition-journey-of = Parcours de transition :
last-updated = Dernière mise à jour le
steps-done-2 = Étapes réalisées
open-a-step-to-record-where = Ouvrez une étape pour indiquer où en est la ville.
other-cities-journeys = Parcours d’autres villes
guidance = Conseils
expected-outputs = Livrables attendus
where-the-city-stands = Où en est la ville
record-the-citys-progress = Enregistrer l’avancement de la ville
notes = Notes
links-to-resources-that-show-the = Liens vers des ressources qui montrent le travail réalisé, un par ligne.
save-and-publish = Enregistrer et publier
resources-for-this-step = Ressources pour cette étape
resources-filed-under-this-step-or = Ressources classées sous cette étape (ou avec le mot-clé
share-your-citys-work-on-this = Partagez le travail de votre ville sur cette étape
nothing-published-for-this-step-yet = Rien n’a encore été publié pour cette étape.
no-templates-for-this-phase-yet = Aucun modèle pour cette phase pour l’instant.
all-templates-for-this-phase = Tous les modèles pour cette phase
explore-the-tools-cities-use = Explorez les outils utilisés par les villes
no-tool-of-this-kind-for = Aucun outil de ce type pour ce secteur.
examples-from-the-repository = Exemples tirés de la base de connaissances
resources-filed-under-this-tool-type = Ressources classées sous ce type d’outil (ou avec le mot-clé
share-your-citys-work-with-this = Partagez le travail de votre ville avec cet outil
no-examples-yet = Aucun exemple pour l’instant.
score = Score
finances = Finances
pros = Avantages
cons = Inconvénients
related-programmes = Programmes associés
why-this-score = Pourquoi ce score
financial-guidance = Guide du financement
pick-the-sectors-of-your-project = Choisissez les secteurs de votre projet et répondez à cinq questions : Cairn classe les modes de financement utilisés par les villes pour ce type de projet et explique chaque score. Il s’agit d’orientations générales, et non d’un conseil adapté à un cas particulier.
sectors-of-the-project = Secteurs du projet
rank-financing-options = Classer les options de financement
financing-options-best-match-first = Options de financement, de la plus adaptée à la moins adaptée
share-these-results = Partager ces résultats
link-to-this-assessment = lien vers cette évaluation

## api_docs

in = Emplacement
type = Type
required = Obligatoire
api = API
the-json-api = L’API JSON
everything-a-person-does-on-these = Tout ce qu’une personne fait sur ces pages, un script peut le faire à l’adresse{" "}
get-a-token-with-post-auth = Obtenez un jeton avec POST /auth/token et envoyez-le sous la forme Authorization: Bearer …. Les erreurs sont au format JSON :{" "}
with-every-field-at-fault-in = , avec chaque champ en cause dans errors.
the-openapi-3-1-description = La description OpenAPI 3.1
for-code-generators-and-testing-tools = {" "}(pour les générateurs de code et les outils de test).
api-sections = Sections de l’API
token = jeton
body = Corps :{" "}
types = Types

## components

skip-to-main-content = Aller au contenu principal
main = Navigation principale
menu = Menu
powered-by-cairn-a-federated-knowledge = Propulsé par Cairn, un commun de connaissances fédéré pour les villes en route vers la neutralité climatique.
map = Carte
finance = Financement
my-profile = Mon profil
requests = Demandes
log-out = Se déconnecter
cancel = Annuler
please-check-the-form = Veuillez vérifier le formulaire
not-set = Non renseigné
any-country = Tous les pays
log-in-to-follow = Connectez-vous pour suivre
follow = Suivre
follow-request-sent-2 = Demande d’abonnement envoyée
withdraw-request = Retirer la demande
unfollow = Ne plus suivre
older = Plus anciens
jpeg-png-webp-or-gif-its = JPEG, PNG, WebP ou GIF ; ses données de localisation sont supprimées.
remove-this-picture = Supprimer cette image
the-picture-you-sent-is-kept = L’image envoyée est conservée ; choisissez-en une autre pour la remplacer.

## network

delivery-by-server = Distribution par serveur
nothing-is-waiting-for-any-server = Aucun envoi en attente, quel que soit le serveur.
server = Serveur
waiting = En attente
sending = En cours d’envoi
last-success = Dernier succès
last-error = Dernière erreur
next-try = Prochain essai
dropped = Abandonnés
now = maintenant
node-directory = Annuaire des nœuds
nodes-and-relays-this-node-subscribes = Nœuds et relais auxquels ce nœud est abonné : tout ce qu’ils publient publiquement est collecté ici, et leur historique est récupéré depuis leur boîte d’envoi.
no-subscriptions-yet = Aucun abonnement pour l’instant.
node = Nœud
state = État
backfill = Historique récupéré
last-contact = Dernier contact
reachable = Joignable
subscribe-to-a-node-or-relay = S’abonner à un nœud ou à un relais
subscribe = S’abonner
resources-by-year-stacked-by-sector = Ressources par année, empilées par secteur
network-dashboard = Tableau de bord du réseau
everything-this-node-holds-its-own = Tout ce que contient ce nœud : ses propres travaux et ce qu’il collecte auprès des nœuds qu’il suit et auxquels il est abonné. Les chiffres d’impact sont ceux déclarés par leurs auteurs ; une ressource couvrant plusieurs secteurs est comptée dans chacun d’eux.
leave-out-illustrative-demo-data = Exclure les données de démonstration fictives
illustrative-demo-data-is-left-out = Les données de démonstration fictives sont exclues.
count-it-too = Les inclure
avoided = évitées
invested = investis
nothing-gathered-yet = Rien n’a encore été collecté.
by-sector = Par secteur
resources-by-sector = Ressources par secteur
reported-reductions-by-sector = Réductions déclarées par secteur
reported-investment-by-sector = Investissements déclarés par secteur
by-country = Par pays
resources-by-country = Ressources par pays
reported-reductions-by-country = Réductions déclarées par pays
reported-investment-by-country = Investissements déclarés par pays
over-time = Évolution dans le temps
cities-on-the-transition-map = Villes sur la Carte de la transition
no-city-has-shared-its-journey = Aucune ville n’a encore partagé son parcours avec ce nœud.
none-planned = Aucun événement prévu.

## pages

contact = Contact
join-this-node = Rejoindre ce nœud
or-log-in = ou se connecter
search-the-knowledge-repository = Rechercher dans la base de connaissances
e-g-district-heating = p. ex. réseau de chaleur
this-network-in-figures = Ce réseau en chiffres
latest-case-studies = Dernières études de cas
no-case-studies-yet = Aucune étude de cas pour l’instant.
share-your-citys-work = Partagez le travail de votre ville
all-case-studies = Toutes les études de cas
no-events-planned = Aucun événement prévu.
the-calendar = L’agenda
all-groups = Tous les groupes
our-transition = Notre transition
follow-the-journey = Suivre le parcours
the-transition-map = La Carte de la transition
the-dashboard = Le tableau de bord
the-organisation = L’organisation
people-on-this-node = Personnes sur ce nœud
nobody-has-joined-yet = Personne n’a encore rejoint ce nœud.
be-the-first = Inscrivez-vous en premier.
the-directory = L’annuaire
username = Nom d’utilisateur
password = Mot de passe
no-account-yet = Pas encore de compte ?
create-an-account = Créer un compte
the-rules-of-this-node = Les règles de ce nœud
by-creating-an-account-you-agree = En créant un compte, vous les acceptez.
lowercase-letters-digits-and-it-becomes = Lettres minuscules, chiffres et _ ; ce sera votre identifiant.
email = Adresse e-mail
at-least-10-characters-mix-letters = Au moins 10 caractères ; mélangez des lettres avec des chiffres ou des symboles.
create-account = Créer le compte
find-a-colleague-or-a-city = Trouver un collègue ou une ville
handle-or-address = Identifiant ou adresse
for-example-anna-lyon-example-or = Par exemple @anna@lyon.example ou https://lyon.example/users/anna
look-up = Rechercher
found = Résultat
administration = Administration
node-identity = Identité du nœud
how-this-node-presents-itself-the = La façon dont ce nœud se présente : le nom remplace « Cairn » sur chaque page, et les abonnés de l’organisation sur d’autres serveurs voient le changement.
logo-address = Adresse du logo
an-https-address-of-a-picture = Une adresse https:// d’image
an-e-mail-address-or-an = Une adresse e-mail ou une page https:// où l’on peut joindre votre équipe
save-the-identity = Enregistrer l’identité
node-rules = Règles du nœud
what-everyone-here-agrees-to-shown = Ce que chacun ici s’engage à respecter : affiché à l’inscription, dans NodeInfo et dans les applications Mastodon. Une règle par ligne.
rules = Règles
publish-the-rules = Publier les règles
federation = Fédération
deliveries-waiting = envois en attente
given-up = abandonnés
domain-rules = Règles par domaine
blocked-in-the-configuration-file = Bloqués dans le fichier de configuration
allowed-in-the-configuration-file = Autorisés dans le fichier de configuration
no-domain-rules-yet-this-node = Aucune règle de domaine pour l’instant : ce nœud fédère avec tout le monde.
domain = Domaine
block-refuse-its-activities-fetch-nothing = Bloquer : refuser ses activités, ne rien récupérer, ne rien lui envoyer et supprimer ce qu’il avait ici
limit-keep-it-out-of-public = Limiter : l’exclure des fils publics, de la recherche et des listes ; ses abonnés le voient toujours
allow-once-any-domain-is-allowed = Autoriser : dès qu’un domaine est autorisé, seuls les domaines autorisés fédèrent
add-rule = Ajouter la règle
financial-guidance-matrix = Matrice du guide du financement
source = Source
financing-options-in-use = options de financement utilisées.
the-matrix-file-was-not-loaded = Le fichier de matrice n’a pas été chargé ; la dernière matrice valide reste utilisée.
reload-the-matrix-file = Recharger le fichier de matrice
accounts-waiting-for-approval = Comptes en attente d’approbation
none-2 = Aucun.
approve = Approuver
error = Erreur
something-is-not-right = Un problème est survenu
back-to-the-home-page = Retour à la page d’accueil
authorize-an-app = Autoriser une application
authorize = Autoriser
this-app-asks-to-act-for = Cette application demande à agir pour votre compte avec ces autorisations :
username-or-email = Nom d’utilisateur ou adresse e-mail
deny = Refuser
authorization-code = Code d’autorisation
copy-this-code-into-the-app = Copiez ce code dans l’application :

## labels chosen by code

followed-you = vous suit
asked-to-follow-you = a demandé à vous suivre
mentioned-you = vous a mentionné
replied-to-you = vous a répondu
asked-to-join-a-group-you = a demandé à rejoindre un groupe que vous modérez
accepted-you-as-a-member = a accepté votre adhésion
did-not-accept-your-request-to = n’a pas accepté votre demande d’adhésion
invited-you-to-join-a-group = vous a invité à rejoindre un groupe
removed-your-post-from-a-group = a retiré votre message d’un groupe
changed-an-event-you-take-part = a modifié un événement auquel vous participez
cancelled-an-event-you-take-part = a annulé un événement auquel vous participez
acted-on-what-you-reported-thank = a donné suite à votre signalement ; merci
looked-at-what-you-reported-and = a examiné votre signalement et n’a rien modifié
warned-you-about-something-you-published = vous a adressé un avertissement au sujet d’une de vos publications ; veuillez lire les règles du nœud
did-something = a effectué une action
transition-map-phase = Phase de la Carte de la transition
year = Année
not-started = Non commencée
in-progress-2 = En cours
done = Réalisée
moderators-approve-new-members = Les modérateurs approuvent les nouveaux membres
open-to-all = Ouvert à tous
everyone = Tout le monde
members-only = Membres uniquement
people-2 = Personnes
cities-and-organisations = Villes et organisations
group = Groupe
resource-2 = Ressource
event = Événement
content = Contenu
mon = lun.
tue = mar.
wed = mer.
thu = jeu.
fri = ven.
sat = sam.
sun = dim.
yes-2 = Oui
no-2 = Non

## counts and names: messages with arguments

resource-count = { $count ->
    [one] { $count } ressource
   *[other] { $count } ressources
}
all-resource-count = { $count ->
    [one] La seule ressource
   *[other] Toutes les { $count } ressources
}
follower-count = { $count ->
    [one] { $count } abonné
   *[other] { $count } abonnés
}
following-count = { $count ->
    [one] { $count } abonnement
   *[other] { $count } abonnements
}
followers-known-here-count = { $count ->
    [one] { $count } abonné connu ici
   *[other] { $count } abonnés connus ici
}
member-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
steps-done-of-total = { $done } / { $total } étapes réalisées
steps-done-out-of = { $done } sur { $total } étapes réalisées
steps-done-count = { $done ->
    [one] { $done } étape réalisée
   *[other] { $done } étapes réalisées
}
in-progress-count = { $count } en cours
map-steps-done = { $done } sur { $total } étapes de la Carte de la transition réalisées
participant-count = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
places-taken-count = { $taken } / { $capacity } places prises
capacity-places = { $count ->
    [one] ({ $count } place)
   *[other] ({ $count } places)
}
import-summary = Importé : { $resources } ressources, { $events } événements, { $posts } messages, { $follows } abonnements.
import-already-here = { $count ->
    [one] { $count } élément était déjà présent et n’a pas été publié à nouveau.
   *[other] { $count } éléments étaient déjà présents et n’ont pas été publiés à nouveau.
}
earlier-reports-summary = Signalements antérieurs : { $account } concernant ce compte, { $domain-count } concernant { $domain }
finance-matrix-reloaded-options = Matrice de financement rechargée ({ $count } options)
rule-saved-for-domain = Règle enregistrée pour { $domain }
subscribed-to-domain = Ce nœud est maintenant abonné à { $domain }
unsubscribed-from-domain = Ce nœud n’est plus abonné à { $domain }
domain-blocked = Domaine { $domain } bloqué
invited-person = Invitation envoyée à { $handle }
comment-by-name = Commentaire de { $name }
the-moderators-of-domain = Les modérateurs de { $domain }
phase-number = Phase { $number }

## languages

interface-language = Langue de l’interface
change-language = Changer
language-as-the-browser-asks = Celle de mon navigateur
node-default-language = Langue par défaut de l’interface
node-default-language-hint = Pour les visiteurs dont le navigateur ne demande aucune des langues dans lesquelles Cairn est disponible, et pour la ligne de commande.
## units after figures

unit-thousand = k
unit-million = M
unit-billion = Md
unit-co2e-per-year = CO₂e/an

## labels chosen by code, later

this-node-timeline = Ce nœud
everything-known-timeline = Tout ce qui est connu
removed-by = Supprimé par { $moderator }, { $when }
account-warned-by = Compte averti par { $moderator }, { $when }
account-limited-by = Compte limité par { $moderator }, { $when }
account-suspended-by = Compte suspendu par { $moderator }, { $when }
dismissed-by = Classé sans suite par { $moderator }, { $when }
report-reason-spam = Spam ou publicité
report-reason-abuse = Harcèlement, haine ou menaces
report-reason-illegal = Contenu illégal
report-reason-misleading = Informations fausses ou trompeuses
report-reason-rule = Enfreint l’une des règles de ce nœud
report-reason-other = Autre chose
phases = Phases
place = Lieu
period = Période
emissions-avoided = Émissions évitées
investment = Investissement
name-organisation-or-topic = Nom, organisation ou thème
role-or-job-title = Rôle ou fonction
the-token-was-revoked = Le jeton a été révoqué.
thank-you-the-moderators-here-will-look-forwarded = Merci. Les modérateurs de ce nœud vont l’examiner, et le signalement a été transmis à ceux du serveur d’où provient le contenu.
it-disappears-from-this-node-resource = Elle disparaît de ce nœud, et chaque nœud ou serveur qui en détient une copie est invité à la supprimer. Cette action est irréversible.

## errors: what a form, the API or the command line answers

that-username-is-reserved = ce nom d’utilisateur est réservé
enter-an-email-address-like-name-city = saisissez une adresse e-mail comme name@city.example
name-the-token-in-at-most-100 = donnez au jeton un nom de 100 caractères au maximum
a-password-has-10-to-512-characters = un mot de passe compte de 10 à 512 caractères
a-role-is-admin-moderator-or-member = un rôle vaut admin, moderator ou member
enter-your-username = saisissez votre nom d’utilisateur
enter-your-password = saisissez votre mot de passe
choose-a-time-zone-such-as-europe = choisissez un fuseau horaire comme Europe/Paris
an-event-ends-after-it-starts = un événement se termine après son début
enter-the-webinars-https-address = saisissez l’adresse https:// du webinaire
give-an-address-a-webinar-link-or = indiquez une adresse, un lien de webinaire, ou les deux
capacity-is-a-number-of-people-zero = la capacité est un nombre de personnes, zéro ou plus
joining-is-free-approval-invite-or-external = la participation vaut free, approval, invite ou external
an-event-is-confirmed-tentative-or-cancelled = un événement est confirmed, tentative ou cancelled
choose-a-language-e-g-en-fr = choisissez une langue, p. ex. en, fr ou de
use-at-most-20-short-topic-tags = utilisez au plus 20 mots-clés thématiques courts
write-something-or-attach-a-file = écrivez quelque chose ou joignez un fichier
a-group-name-has-2-to-100 = un nom de groupe compte de 2 à 100 caractères
keep-the-description-under-5000-characters = la description doit faire moins de 5000 caractères
keep-each-topic-under-50-characters = chaque thème doit faire moins de 50 caractères
use-at-most-20-topics = utilisez au plus 20 thèmes
choose-open-approval-or-invite = choisissez open, approval ou invite
choose-public-or-members = choisissez public ou members
enter-a-handle-like-anna-city-example = saisissez un identifiant comme @anna@city.example ou l’adresse https:// d’un acteur
enter-a-domain-like-city-example = saisissez un domaine comme city.example
enter-the-nodes-name = saisissez le nom du nœud
enter-a-pictures-https-address = saisissez l’adresse https:// d’une image
enter-an-e-mail-address-or-an = saisissez une adresse e-mail ou une adresse https://
choose-one-of-the-languages-the-interface = choisissez l’une des langues dans lesquelles l’interface est disponible
list-at-most-20-areas-of-expertise = indiquez au plus 20 domaines d’expertise
missing = manquant
give-the-address-https-of-what-you = indiquez l’adresse (https://…) de ce que vous signalez
choose-why-you-report-this = choisissez le motif de votre signalement
this-node-has-published-no-rules-choose = ce nœud n’a publié aucune règle ; choisissez un autre motif
use-the-two-letter-country-code-e = utilisez le code pays à deux lettres, p. ex. FR
choose-the-kind-of-resource = choisissez le type de ressource
transition-map-phases-are-numbered-1-to = les phases de la Carte de la transition sont numérotées de 1 à 6
use-at-most-20-topic-tags = utilisez au plus 20 mots-clés thématiques
the-period-cannot-end-before-it-starts = la période ne peut pas se terminer avant son début
enter-a-positive-number = saisissez un nombre positif
attach-at-most-20-links = joignez au plus 20 liens
attach-at-most-20-files-and-links = joignez au plus 20 fichiers et liens au total
an-attachment-needs-an-https-address = une pièce jointe nécessite une adresse https://
choose-not-started-in-progress-or-done = choisissez not_started, in_progress ou done
not-found = introuvable
text-cannot-contain-nul-characters = le texte ne peut pas contenir de caractères NUL
this-account-is-suspended-by-the-nodes = ce compte est suspendu par les modérateurs du nœud
something-went-wrong-on-this-node = un problème est survenu sur ce nœud
that-already-exists = cela existe déjà
the-nodes-outbox-has-pages-resources-and = la boîte d’envoi du nœud a les pages `resources` et `events`
no-such-activity = activité introuvable
only-the-nodes-organisation-keeps-a-transition = seule l’organisation du nœud tient un parcours de transition
only-groups-have-moderators = seuls les groupes ont des modérateurs
this-post-is-not-public-sign-the = ce message n’est pas public : signez la requête
servers-must-be-between-1-and-1000 = le nombre de serveurs doit être compris entre 1 et 1000
no-deliveries-to-that-domain-yet = aucun envoi vers ce domaine pour l’instant
no-such-event = événement introuvable
no-organiser = organisateur introuvable
only-members-read-this-groups-posts = seuls les membres lisent les messages de ce groupe
send-the-file-as-the-form-field = envoyez le fichier dans le champ de formulaire `file`
send-a-json-object = envoyez un objet JSON
send-the-body-as-application-json = envoyez le corps de la requête en application/json
cursor-must-be-a-value-from-an = cursor doit être une valeur tirée d’un `next` précédent
the-action-is-limit-unlimit-suspend-or = l’action vaut limit, unlimit, suspend ou unsuspend
gone = n’existe plus
no-such-resource = ressource introuvable
no-such-author = auteur introuvable
no-such-post = message introuvable
no-such-account = compte introuvable
no-such-group = groupe introuvable
name-a-domain-such-as-city-example = indiquez un domaine comme city.example
no-such-status = message introuvable
no-token = aucun jeton
invalid-token = jeton non valide
this-token-has-no-user = ce jeton n’est lié à aucun utilisateur
this-action-is-outside-the-authorized-scopes = Cette action dépasse les autorisations accordées
unknown-client-id-register-the-app-first = client_id inconnu : enregistrez d’abord l’application
response-type-must-be-code = response_type doit valoir code
unknown-client-id = client_id inconnu
you-denied-the-app-access = vous avez refusé l’accès à l’application
name-the-account = indiquez le compte
delete-case-studies-and-events-from-their = supprimez les études de cas et les événements depuis leur page
metrics-are-for-administrators-and-the-networks = les métriques sont réservées aux administrateurs et aux réseaux listés dans server.metrics_networks
no-such-api-endpoint = point de terminaison d’API introuvable
log-in-first = connectez-vous d’abord
only-administrators-can-do-this = seuls les administrateurs peuvent faire cela
send-an-api-token-as-authorization-bearer = envoyez un jeton d’API sous la forme `Authorization: Bearer …`
this-api-token-is-not-valid-revoked = ce jeton d’API n’est pas valide (révoqué ou expiré ?)
this-account-is-waiting-for-approval = ce compte attend d’être approuvé
choose-mute-or-block = choisissez mute ou block
this-event-is-served-by-its-own = cet événement est servi par son propre nœud
only-the-organiser-can-change-this-event = seul l’organisateur peut modifier cet événement
no-such-action = action introuvable
there-is-no-page-at-this-address = il n’y a aucune page à cette adresse
no-such-member = membre introuvable
this-resource-is-served-by-its-own = cette ressource est servie par son propre nœud
only-the-author-can-change-this-resource = seul l’auteur peut modifier cette ressource
no-such-comment = commentaire introuvable
this-nodes-interface-is-not-shipped-in = l’interface de ce nœud n’est pas disponible dans cette langue
nothing-on-this-node-has-that-address = rien sur ce nœud n’a cette adresse
lists-of-remote-actors-live-on-their = les listes des comptes distants se trouvent sur leur propre serveur
you-cannot-remove-this-post = vous ne pouvez pas supprimer ce message
enter-a-number-of-days-or-leave = saisissez un nombre de jours, ou laissez le champ vide
the-transition-map-has-no-such-step = la Carte de la transition ne comporte pas cette étape
explore-has-no-such-tool-type = Explorer ne comporte pas ce type d’outil
add-resource-acct-name-domain = ajoutez ?resource=acct:name@domain
resource-must-be-acct-name-domain = resource doit être de la forme acct:name@domain
no-such-account-on-this-node = compte introuvable sur ce nœud
that-username-or-email-is-taken = ce nom d’utilisateur ou cette adresse e-mail est déjà utilisé
this-node-does-not-take-new-registrations = ce nœud n’accepte pas de nouvelles inscriptions
wrong-username-or-password = nom d’utilisateur ou mot de passe incorrect
your-account-is-waiting-for-an-administrators = votre compte attend l’approbation d’un administrateur
a-rule-is-allow-limit-or-block = une règle vaut allow, limit ou block
that-is-this-nodes-own-domain = c’est le domaine de ce nœud
you-cannot-take-away-your-own-administrator = vous ne pouvez pas vous retirer votre propre rôle d’administrateur
choose-the-archive-file-to-import = choisissez le fichier d’archive à importer
this-is-not-a-cairn-account-archive = ce n’est pas une archive de compte Cairn (version 1)
name-an-account-name-domain-or-its = indiquez un compte (@name@domain ou son adresse) ou un domaine
that-is-this-node-block-or-mute = c’est ce nœud ; bloquez ou masquez ses comptes un par un
this-nodes-groups-and-its-own-account = les groupes de ce nœud et son propre compte ne peuvent être ni bloqués ni masqués
you-cannot-block-or-mute-yourself = vous ne pouvez ni vous bloquer ni vous masquer vous-même
this-account-does-not-accept-that-from = ce compte n’accepte pas cela de votre part
this-event-was-cancelled = cet événement a été annulé
this-event-is-over = cet événement est terminé
this-event-takes-registrations-on-its-own = les inscriptions à cet événement se font sur son propre site
the-organiser-is-gone = l’organisateur n’existe plus
this-event-lives-on-another-node-change = cet événement est hébergé sur un autre nœud ; modifiez-le là-bas
this-event-is-by-invitation-only = cet événement est uniquement sur invitation
you-are-not-taking-part-in-this = vous ne participez pas à cet événement
only-the-organiser-decides-who-takes-part = seul l’organisateur décide qui participe
no-such-request-to-join = demande de participation ou d’adhésion introuvable
no-such-person = cette personne est introuvable
which-event = quel événement ?
no-such-event-on-this-node = événement introuvable sur ce nœud
only-the-organiser-answers-a-request-to = seul l’organisateur répond à une demande de participation
the-event-names-no-organiser-attributedto = l’événement n’indique aucun organisateur (attributedTo)
only-its-organiser-can-publish-or-change = seul son organisateur peut publier ou modifier cet événement
this-event-lives-here = cet événement est hébergé ici
only-the-organiser-can-delete-this-event = seul l’organisateur peut supprimer cet événement
you-are-already-taking-part = vous participez déjà
you-asked-to-join-already-the-organiser = vous avez déjà demandé à participer ; l’organisateur décide
this-event-is-full = cet événement est complet
you-asked-to-join-already = vous avez déjà demandé à participer
you-cannot-follow-yourself = vous ne pouvez pas vous suivre vous-même
log-in-to-look-up-accounts-and = connectez-vous pour rechercher des comptes et des ressources sur d’autres serveurs
the-follower-is-gone = l’abonné n’existe plus
no-such-follow-request = demande d’abonnement introuvable
only-the-followed-actor-can-answer-a = seul le compte suivi peut répondre à une demande d’abonnement
only-the-follower-can-undo-a-follow = seul l’abonné peut annuler un abonnement
that-handle-is-taken-choose-another = cet identifiant est déjà pris ; choisissez-en un autre
choose-admin-moderator-or-member = choisissez admin, moderator ou member
roles-go-to-members-of-this-node = les rôles sont réservés aux membres de ce nœud
group-gone = le groupe n’existe plus
this-group-is-moderated-on-its-own = ce groupe est modéré sur son propre nœud
only-the-groups-moderators-can-do-this = seuls les modérateurs du groupe peuvent faire cela
only-the-groups-administrators-can-do-this = seuls les administrateurs du groupe peuvent faire cela
this-group-is-by-invitation-only = ce groupe est uniquement sur invitation
that-person-is-not-a-member = cette personne n’est pas membre
administrators-cannot-be-removed = les administrateurs ne peuvent pas être retirés
only-the-nodes-administrators-record-the-citys = seuls les administrateurs du nœud enregistrent le parcours de la ville
only-a-city-itself-can-publish-its = seule la ville elle-même peut publier son parcours
this-file-is-attached-already-edit-what = ce fichier est déjà joint ; modifiez l’élément auquel il est joint
no-such-file-of-yours = fichier introuvable parmi les vôtres
no-such-file = fichier introuvable
nothing-on-this-node-has-that-address-2 = rien sur ce nœud n’a cette adresse ; faites le signalement depuis la page qui l’affiche
this-is-your-own-change-or-delete = c’est votre propre contenu ; modifiez-le ou supprimez-le plutôt
the-action-is-dismiss-remove-warn-limit = l’action vaut dismiss, remove, warn, limit ou suspend
an-account-is-not-removed-limit-or = un compte ne se supprime pas ; limitez-le ou suspendez-le plutôt
you-cannot-limit-or-suspend-yourself = vous ne pouvez ni vous limiter ni vous suspendre vous-même
this-nodes-groups-and-its-own-actor = les groupes de ce nœud et son propre acteur ne sont ni limités ni suspendus
status-is-open-dismissed-removed-warned-limited = le statut vaut open, dismissed, removed, warned, limited ou suspended
only-moderators-and-administrators-can-do-this = seuls les modérateurs et les administrateurs peuvent faire cela
owner-gone = le propriétaire n’existe plus
no-such-report = signalement introuvable
only-an-administrator-can-limit-or-suspend = seul un administrateur peut limiter ou suspendre un administrateur
this-account-was-suspended-or-deleted-by = ce compte a été suspendu ou supprimé par son propre serveur
you-reported-this-already-the-moderators-have = vous avez déjà fait ce signalement ; les modérateurs l’ont reçu
an-account-is-not-an-alias-of = un compte n’est pas un alias de lui-même
a-person-or-an-organisation-moves-to = une personne ou une organisation migre vers un compte, pas vers un groupe
a-group-moves-to-another-group = un groupe migre vers un autre groupe
an-account-cannot-move-to-itself = un compte ne peut pas migrer vers lui-même
a-group-moves-to-a-group-and = un groupe migre vers un groupe, et seul un groupe le peut
an-app-needs-a-name-of-up = une application a besoin d’un nom de 100 caractères au maximum
give-at-least-one-redirect-uri = indiquez au moins une URI de redirection
this-redirect-uri-was-not-registered-by = cette URI de redirection n’a pas été enregistrée par l’application
the-app-asks-for-scopes-it-did = l’application demande des autorisations qu’elle n’a pas enregistrées
invalid-client-the-client-id-or-secret = invalid_client : l’identifiant ou le secret du client est incorrect
invalid-grant-the-code-is-wrong-used = invalid_grant : le code est incorrect, déjà utilisé ou expiré
invalid-grant-wrong-username-or-password = invalid_grant : nom d’utilisateur ou mot de passe incorrect
no-actor = acteur introuvable
another-process-has-taken-this-reading-over = un autre processus a repris cette lecture
this-reading-was-ended = cette lecture a été arrêtée entre-temps
there-is-no-such-post-here-to = le message auquel vous répondez n’existe pas ici
join-the-group-before-posting-in-it = rejoignez le groupe avant d’y publier
author-gone = l’auteur n’existe plus
only-the-author-or-the-groups-moderators = seuls l’auteur ou les modérateurs du groupe peuvent supprimer ce message
only-its-author-can-publish-this-note = seul son auteur peut publier cette note
only-members-can-post-in-this-group = seuls les membres peuvent publier dans ce groupe
a-removal-names-a-post = une suppression désigne un message
the-announced-post-has-no-id = le message relayé n’a pas d’id
the-group-passed-on-a-post-that = le groupe a relayé un message qui n’est pas dans le groupe
a-group-can-only-remove-its-own = un groupe ne peut supprimer que ses propres messages
only-its-author-or-its-group-can = seuls son auteur ou son groupe peuvent supprimer ce message
only-its-author-can-change-this-post = seul son auteur peut modifier ce message
only-public-posts-can-be-reblogged = seuls les messages publics peuvent être partagés
the-like-has-no-object = le Like n’a pas d’objet
only-who-liked-something-can-undo-it = seul l’auteur d’un Like peut l’annuler
write-something-first = écrivez d’abord quelque chose
keep-comments-under-5000-characters = les commentaires doivent faire moins de 5000 caractères
this-resource-lives-on-another-node-change = cette ressource est hébergée sur un autre nœud ; modifiez-la là-bas
no-author = auteur introuvable
only-its-author-can-publish-or-change = seul son auteur peut publier ou modifier ceci
the-updated-object-has-no-id = l’objet modifié n’a pas d’id
the-deleted-object-has-no-id = l’objet supprimé n’a pas d’id
the-announced-object-has-no-id = l’objet relayé n’a pas d’id
give-a-domain-or-a-url = indiquez un domaine ou une URL
this-node-cannot-subscribe-to-itself = ce nœud ne peut pas s’abonner à lui-même
the-nodes-application-actor-is-missing = l’acteur d’application du nœud est manquant
only-the-subscribed-server-can-answer-its = seul le serveur auquel ce nœud est abonné peut répondre à cet abonnement
you-have-no-such-token = vous n’avez pas ce jeton

## errors with arguments

this-is-required = ce champ est obligatoire
write-at-least-characters = { $min ->
    [one] saisissez au moins { $min } caractère
   *[other] saisissez au moins { $min } caractères
}
keep-this-under-characters = { $max ->
    [one] ce texte doit faire moins de { $max } caractère
   *[other] ce texte doit faire moins de { $max } caractères
}
publish-at-most-rules = { $count ->
    [one] publiez au plus { $count } règle
   *[other] publiez au plus { $count } règles
}
attach-at-most-files-to-a-post = { $count ->
    [one] joignez au plus { $count } fichier à un message
   *[other] joignez au plus { $count } fichiers à un message
}
keep-posts-under-characters = { $max ->
    [one] les messages doivent faire moins de { $max } caractère
   *[other] les messages doivent faire moins de { $max } caractères
}
choose-which-rule-it-breaks = choisissez la règle enfreinte (de 1 à { $count })
file-says-it-is-but-is = ce fichier se présente comme { $claimed } mais il s’agit de { $detected }
a-file-may-be-at-most = un fichier peut faire au plus { $size }
the-map-has-no-step = la Carte de la transition ne comporte pas d’étape « { $step } »
keep-notes-under-characters = { $max ->
    [one] les notes doivent faire moins de { $max } caractère
   *[other] les notes doivent faire moins de { $max } caractères
}
link-at-most-pieces-of-evidence = { $count ->
    [one] associez au plus { $count } justificatif
   *[other] associez au plus { $count } justificatifs
}
is-not-a-web-link = « { $link } » n’est pas un lien http(s)
is-not-a-sector-cairn-knows = { $sector } n’est pas un secteur connu de Cairn
is-not-a-step-of-the-map = { $step } n’est pas une étape de la Carte de la transition
is-not-a-tool-type = { $tool } n’est pas un type d’outil du catalogue d’Explorer
this-form-has-expired-or-came-from = ce formulaire a expiré ou vient d’un autre site ; rechargez la page et réessayez
finance-starting-score = Score de départ pour ce type de financement.
finance-often-used-in-sector = Souvent utilisé dans le secteur « { $sector } ».
username-length = un nom d’utilisateur compte de 2 à 30 caractères
username-first-letter = un nom d’utilisateur commence par une lettre minuscule
username-letters = un nom d’utilisateur n’utilise que des lettres minuscules, des chiffres et _

# Resources in several languages
translations = Traductions
the-same-resource-in-other-languages = La même ressource dans d’autres langues. Remplissez un bloc pour en ajouter une ; videz un bloc pour retirer cette version.
translation-number = Traduction { $number }
languages-of-this-page = Langues de cette page
read-in = Lire en :
original = original
add-at-most-translations = ajoutez au plus { $max } traductions
translation-problem = Traduction « { $language } » : { $problem }
a-translation-is-in-another-language = une traduction est dans une autre langue que l’original
this-language-has-a-translation-already = cette langue a déjà une traduction
the-same-event-in-other-languages = Le même événement dans d’autres langues. Remplissez un bloc pour en ajouter une ; videz un bloc pour retirer cette version.
the-same-group-in-other-languages = Le nom et la description du groupe dans d’autres langues. Remplissez un bloc pour en ajouter une ; videz un bloc pour retirer cette version.

# Errors of the services and the API (the message; the error code stays English)
host-is-not-this-node = { $host } n’est pas ce nœud
there-is-no-one-called-on-this-node = { $name } n’existe pas sur ce nœud
report-at-most-statuses-at-once = signalez au plus { $max } messages à la fois
status-is-not-by-this-account = le message { $id } n’est pas de ce compte
text-character-limit-exceeded = Limite de { $max } caractères dépassée pour le texte
is-not-a-media-id = { $id } n’est pas un identifiant de média
malformed-json = JSON mal formé : { $problem }
malformed-url = URL mal formée : { $problem }
unsupported-grant-type = grant_type non pris en charge : { $grant }
the-form-could-not-be-read = le formulaire n’a pas pu être lu : { $problem }
nobody-called-is-known-here = personne n’est connu ici sous le nom { $handle }
send-at-most-files-at-a-time = envoyez au plus { $max } fichiers à la fois
is-not-a-sector = « { $value } » n’est pas un secteur
a-request-body-may-be-at-most-bytes = le corps d’une requête peut faire au plus { $max } octets
name-at-most-accounts = indiquez au plus { $max } comptes
account-moved-to = { $account } a migré vers { $target }
cannot-check-the-new-account = impossible de vérifier le nouveau compte { $account } : { $problem }
does-not-name-as-an-alias = { $account } n’indique pas { $old } comme alias
is-not-on-the-server-of = { $url } n’est pas sur le serveur de { $owner }
is-not-a-group = { $name } n’est pas un groupe
this-group-moved-to = ce groupe a migré vers { $target }
was-removed-by-this-nodes-moderators = { $url } a été supprimé par les modérateurs de ce nœud
is-a-kind-cairn-does-not-show = { $url } est de type { $kind }, que Cairn n’affiche pas
is-not-a-picture-but = { $url } est de type { $kind }, pas une image
this-report-was-handled-already = ce signalement a déjà été traité ({ $status })
is-neither-a-domain-nor-a-url = « { $value } » n’est ni un domaine ni une URL
is-not-a-url = « { $value } » n’est pas une URL
is-blocked-on-this-node = { $domain } est bloqué sur ce nœud
no-subscription-to = aucun abonnement à { $domain }
cannot-find = impossible de trouver { $name } : { $problem }
you-do-not-block = vous ne bloquez pas { $name }
you-do-not-mute = vous ne masquez pas { $name }
there-is-no-account = il n’existe aucun compte { $name }
there-is-no-rule-for = aucune règle pour { $domain }
unknown-scope = autorisation inconnue : { $scope }
is-not-a-uri = { $value } n’est pas une URI
only-its-author-can-change-it = seul son auteur peut le modifier
this-image-cannot-be-read = cette image est illisible : { $problem }
is-not-a-file-of-yours-to-attach = { $id } ne fait pas partie de vos fichiers pouvant être joints
choose-one-picture = choisissez une seule image
no-account-here = aucun compte { $name } ici
you-do-not-follow = vous ne suivez pas { $name }
cannot-mention = impossible de mentionner { $name } : { $problem }
this-file-is-not-a-cairn-account-archive = ce fichier n’est pas une archive de compte Cairn ({ $problem })
choose-a-picture-by-uploading-it = choisissez une image de ce nœud en l’envoyant, pas par son adresse
this-contains-control-characters = ce texte contient des caractères de contrôle
choose-a-country-from-the-list = choisissez un pays dans la liste
enter-a-date-and-time-like = saisissez une date et une heure comme 2026-03-29T10:00
that-time-does-not-exist-in = cette heure n’existe pas dans le fuseau { $zone } : c’est le moment du changement d’heure
that-username-is-taken = ce nom d’utilisateur est déjà utilisé
an-account-with-this-email-exists = un compte existe déjà avec cette adresse e-mail
group-handle-length = un identifiant de groupe compte de 2 à 30 caractères
group-handle-first-letter = un identifiant de groupe commence par une lettre minuscule
group-handle-letters = un identifiant de groupe n’utilise que des lettres minuscules, des chiffres et _
that-group-handle-is-reserved = cet identifiant de groupe est réservé
too-many-log-in-attempts-for-this-account = trop de tentatives de connexion pour ce compte
too-many-log-in-attempts-from-this-address = trop de tentatives de connexion depuis cette adresse
too-many-new-accounts-from-this-address = trop de nouveaux comptes depuis cette adresse
too-many-changes-in-a-short-time = trop de modifications en peu de temps
too-many-activities-from-this-server = trop d’activités de ce serveur
too-many-activities-from-this-actor = trop d’activités de cet acteur
try-again-in-seconds = { $problem } ; réessayez dans { $seconds } s

# The command line (cairn …), in the language of LC_ALL, LC_MESSAGES or LANG
cli-cannot-read-file = impossible de lire { $path } : { $problem }
cli-matrix-is-valid = { $path } : valide ({ $questions } questions, { $options } options de financement)
cli-database-is-up-to-date = la base de données est à jour ({ $backend })
cli-pass-password-stdin = utilisez --password-stdin et saisissez le mot de passe sur l’entrée standard
cli-cannot-read-the-password = impossible de lire le mot de passe : { $problem }
cli-created-account = compte { $handle } créé avec le rôle { $role } ({ $id })
cli-removing-illustrative-resources = suppression des ressources de démonstration fictives : { $done }
cli-removed-illustrative-resources = { $count } ressources de démonstration fictives et le compte de démonstration ont été supprimés
cli-seeding-illustrative-resources = création des ressources de démonstration fictives : { $done }/{ $total } ({ $percent } %)
cli-added-illustrative-resources = { $count } ressources de démonstration fictives ajoutées en { $seconds } s
cli-revoked-tokens = { $count ->
    [one] { $count } jeton d’API de { $name } révoqué
   *[other] { $count } jetons d’API de { $name } révoqués
}
cli-role-is-set = { $name } a désormais le rôle { $role }
cli-counts-rebuilt = décomptes de la carte, d’Explorer, du tableau de bord et du répertoire recalculés à partir des ressources en { $seconds } s
cli-search-rebuilt = listes de recherche reconstruites à partir de { $count } ressources en { $seconds } s
cli-search-rebuilt-by-itself = Le moteur de recherche de SQLite se reconstruit seul : arrêtez Cairn, supprimez le dossier { $folder }, puis démarrez Cairn
cli-worker-started = processus worker de Cairn pour { $url } (base de données { $backend }) : distribution des envois, sans HTTP
cli-cannot-listen-on = impossible d’écouter sur { $address }
cli-listening = Cairn écoute sur { $address } en tant que { $url } (base de données { $backend })
cli-listening-web-only = Cairn écoute sur { $address } en tant que { $url } (base de données { $backend }, web uniquement : les envois sont assurés par les processus worker)
cli-cannot-read-config-file = impossible de lire le fichier de configuration { $path } : { $problem }
cli-invalid-config-file = fichier de configuration non valide : { $problem }
cli-config-section-must-be-a-table = la section de configuration [{ $section }] doit être une table
cli-invalid-configuration = configuration non valide : { $problem }
cli-server-bind-must-be-an-address = server.bind doit être une adresse comme 127.0.0.1:8080, pas « { $value } »
cli-tls-cert-and-key-together = server.tls_cert et server.tls_key doivent être définis ensemble
cli-max-connections-at-least-one = database.max_connections doit valoir au moins 1
