# Cairn's interface in English: the reference catalogue, every other language has the same ids.

## shared

unsubscribe = Unsubscribe
blocked = Blocked
resources = { $count ->
    [one] resource
   *[other] resources
}
upcoming-events-2 = Upcoming events
online = Online
events = Events
publish-an-event = Publish an event
you-take-part = You take part.
saved = Saved.
remove-from-the-group = Remove from the group
knowledge-repository = Knowledge repository
publish-a-resource = Publish a resource
overview = Overview
remove-it = Remove it
name = Name
description = Description
yes = yes
no = no
feed = Feed
home = Home
knowledge = Knowledge
groups = Groups
directory = Directory
explore = Explore
dashboard = Dashboard
notifications = Notifications
reports = Reports
admin = Admin
log-in = Log in
register = Register
report = Report
sectors = Sectors
country = Country
expertise = Expertise
from = From
pages = Pages
from-inline = from
sector = Sector
all-sectors = All sectors
filter = Filter
when = When
nobody-yet = Nobody yet.
accept = Accept
reject = Reject
title = Title
address = Address
status = Status
topics = Topics
language = Language
save = Save
search = Search
kind = Kind
city = City
audit-log = Audit log
rule = Rule
block = Block
blocks-and-mutes = Blocks and mutes
resources-2 = Resources
actions = Actions
timelines = Timelines
no-groups-yet = No groups yet.
find-people = Find people
remove = Remove
role = Role
move-the-group = Move the group
this-group-has-moved-to = This group has moved to

## admin

the-nodes-identity-is-saved = The node's identity is saved.
the-nodes-rules-are-published = The node's rules are published.
rule-removed = Rule removed.
account-approved = Account approved.
unsubscribe-from-this-node = Unsubscribe from this node?
this-node-stops-gathering-its-work = This node stops gathering its work; what was gathered stays until it is refreshed.
## auth

an-administrator-approves-new-accounts-before = An administrator approves new accounts before they can log in.
this-node-does-not-take-new = This node does not take new registrations.
welcome-tell-colleagues-who-you-are = Welcome! Tell colleagues who you are.
thank-you-an-administrator-will-approve = Thank you. An administrator will approve your account soon.
you-are-logged-out = You are logged out.
nodes-sharing = { $count ->
    [one] node sharing
   *[other] nodes sharing
}
people = { $count ->
    [one] person
   *[other] people
}
upcoming-events = { $count ->
    [one] upcoming event
   *[other] upcoming events
}

## blocks

unblocked = Unblocked.
unmuted = Unmuted.
blocked-follows-between-you-ended = Blocked. Follows between you ended.
muted = Muted.

## events

past-events = Past events
upcoming = Upcoming
past = Past
month = Month
saved-participants-and-followers-are-told = Saved. Participants and followers are told.
published-it-appears-in-your-followers = Published. It appears in your followers' calendars.
edit-event = Edit event
your-request-to-join-is-sent = Your request to join is sent.
you-no-longer-take-part = You no longer take part.
tentative = Tentative
cancelled = Cancelled
calendar-views = Calendar views
online-only = Online only
subscribe-to-this-calendar-ical = Subscribe to this calendar (iCal)
no-events-here-yet-follow-more = No events here yet. Follow more cities to see theirs, or publish one.
this-event-will-not-take-place = this event will not take place.
the-events-picture = The event's picture
where = Where
the-link-is-shown-to-participants = The link is shown to participants once they take part.
the-organisers-node-sends-the-link = The organiser's node sends the link to participants; it has not arrived here yet.
organiser = Organiser
participants = Participants
you-asked-to-join-the-organiser = You asked to join; the organiser decides.
your-request-was-not-accepted = Your request was not accepted.
leave = Leave
take-part = Take part
log-in-to-take-part = Log in to take part
add-to-my-calendar-ics = Add to my calendar (.ics)
edit-or-cancel = Edit or cancel
markdown = Markdown.
banner-picture = Banner picture
what-the-banner-shows-alt-text = What the banner shows (alt text)
starts = Starts
local-time-where-the-event-happens = Local time where the event happens.
ends = Ends
time-zone = Time zone
for-example-europe-paris = For example Europe/Paris
webinar-link = Webinar link
places-2 = Places
leave-empty-for-no-limit = Leave empty for no limit.
taking-part-2 = Taking part
anyone-can-join = Anyone can join
the-organiser-approves-each = The organiser approves each
by-invitation = By invitation
registration-elsewhere = Registration elsewhere
confirmed = Confirmed
separate-with-commas = Separate with commas

## follows

you-follow-them-now = You follow them now.
follow-request-sent = Follow request sent.
you-no-longer-follow-them = You no longer follow them.
request-accepted = Request accepted.
request-rejected = Request rejected.

## groups

group-saved = Group saved.
group-created = Group created.
the-groups-earlier-names-are-saved = The group's earlier names are saved.
the-members-are-moving-to-the = The members are moving to the new group.
welcome-to-the-group = Welcome to the group.
request-sent-a-moderator-will-answer = Request sent: a moderator will answer.
you-left-the-group = You left the group.
posted-to-the-group = Posted to the group.
accepted = Accepted.
refused = Refused.
remove-this-member-from-the-group = Remove this member from the group?
they-stop-receiving-the-groups-posts = They stop receiving the group's posts, and the group's followers are told.

## knowledge

published-your-followers-and-the-citys = Published. Your followers and the city's will see it.
edit-resource = Edit resource
saved-the-change-goes-out-to = Saved. The change goes out to everyone who has it.
delete-this-resource = Delete this resource?
delete-it = Delete it
deleted-the-deletion-goes-out-to = Deleted. The deletion goes out to everyone who had it.
comment-posted = Comment posted.
illustrative-demo-data = Illustrative demo data
search-case-studies-methods-videos = Search case studies, methods, videos…
filters = Filters
sort-by = sort by
relevance = relevance
newest = newest
atom-feed-of-this-search = Atom feed of this search
this-page-is-past-the-last = This page is past the last result.
back-to-the-first-page = Back to the first page
this-node-holds-no-resources-yet = This node holds no resources yet.
publish-the-first-one = Publish the first one
or-follow-other-cities-to-gather = or follow other cities to gather their work.
did-you-mean = Did you mean:
search-syntax-hint = "Quotes" for a phrase, OR for either word, -word to leave one out, word* for words that begin so.
nothing-matches-try-fewer-words-or = Nothing matches. Try fewer words or filters, or follow more cities to widen the repository.
previous = Previous
page = Page
next = Next
illustrative-demo-data-not-a-real = Illustrative demo data: not a real city's results
by = By
published-on = published on
on-the-transition-map-and-in = On the Transition Map and in Explore
attachments = Attachments
edit = Edit
delete = Delete
comments = Comments
add-a-comment = Add a comment
comment = Comment
log-in-to-comment = Log in to comment
preview = Preview
summary = Summary
plain-text-a-few-sentences-mastodon = Plain text, a few sentences: Mastodon shows this with the title.
body-2 = Body
markdown-bold-italic-links-https-lists = Markdown: **bold**, _italic_, [links](https://…), lists.
transition-map-phases = Transition-map phases
transition-map-steps-it-helps-with = Transition Map steps it helps with
explore-tool-types-it-is-an = Explore tool types it is an example of
separate-with-commas-e-g-citizen = Separate with commas, e.g. citizen participation, heat pumps
licence = Licence
for-example-cc-by-4-0 = For example CC BY 4.0
started-year = Started (year)
ended-year = Ended (year)
emissions-avoided-tco2e-per-year = Emissions avoided (tCO2e per year)
only-figures-you-can-stand-behind = Only figures you can stand behind.
investment-eur = Investment (EUR)
people-reached = People reached
add-files = Add files
a-few-at-a-time-pdf = A few at a time: PDF, office documents, CSV, text, or images (JPEG, PNG, WebP, GIF; their location data is removed). They are listed under Attachments below once sent, with Preview or Publish.
what-the-files-show-alt-text = What the files show (alt text)
for-people-who-cannot-see-them = For people who cannot see them; you can give each its own title under Attachments.
one-per-line-address-title-media = One per line: address | title | media type
publishing-organisation = Publishing organisation
publish = Publish

## moderation

thank-you-the-moderators-here-will = Thank you. The moderators here will look at it.
a-person-here = a person here
a-person-here-whose-account-is = a person here whose account is gone
removed-the-report-is-closed-and = Removed. The report is closed and the reporter is told.
dismissed-the-report-is-closed-and = Dismissed. The report is closed and the reporter is told.
warned-the-account-is-told-and = Warned. The account is told, and so is the reporter.
limited-the-account-is-left-out = Limited. The account is left out of public timelines, search and lists; its followers still see it.
suspended-nothing-more-is-taken-from = Suspended. Nothing more is taken from that account, and what it had here is gone.
report-to-the-moderators = Report to the moderators
why-do-you-report-it = Why do you report it?
which-rule-does-it-break = Which rule does it break?
only-when-the-reason-is-one = Only when the reason is one of this node's rules.
none = None
what-should-the-moderators-know = What should the moderators know?
optional-up-to-1000-characters-moderators = Optional, up to 1000 characters. Moderators read it, and so do the other server's if you send it there.
also-send-the-report-to-the = Also send the report to the moderators of
it-goes-in-this-nodes-name = It goes in this node's name with your comment: your name is not sent.
send-the-report = Send the report
reports-by-state = Reports by state
open = Open
removed = Removed
warned = Warned
limited = Limited
suspended = Suspended
dismissed = Dismissed
no-reports-here = No reports here.
no-longer-here = no longer here
account = Account
reported-by = Reported by
none-about-this-account = None about this account.
note-for-the-audit-log = Note for the audit log
warn-the-account = Warn the account
limit-the-account = Limit the account
suspend-the-account = Suspend the account
dismiss = Dismiss
every-moderation-and-administration-action-as = Every moderation and administration action, as it was done. Nobody can change it here.
action = Action
any = Any
done-by-username = Done by (username)
show = Show
nothing-recorded-yet = Nothing recorded yet.
who = Who
target = Target
note = Note
unmute = Unmute
mute = Mute
unblock = Unblock
nobody = Nobody.
a-blocked-account-cannot-follow-you = A blocked account cannot follow you, mention you, reply to what you publish or join your events; follows between you end, and its server is told. A muted account just disappears from your feed and notifications; nobody is told. Either can be a whole domain.
account-or-domain = Account or domain
name-city-example-the-address-of = @name@city.example, the address of an account, or a domain such as city.example
what-to-do = What to do
muted-2 = Muted

## profile

followers = Followers
following = Following
your-profile-is-saved = Your profile is saved.
your-other-accounts-are-saved = Your other accounts are saved.
your-followers-are-moving-to-your = Your followers are moving to your new account.
organisation = Organisation
this-account-has-moved-to = This account has moved to
this-profile-lives-on = This profile lives on
edit-your-profile = Edit your profile
follow-requests = Follow requests
no-requests-are-waiting = No requests are waiting.
choose-whether-you-approve-followers = Choose whether you approve followers
edit-profile = Edit profile
display-name = Display name
job-title = Job title
where-you-work-e-g-city = Where you work, e.g. City of Gent, climate team
separate-topics-with-commas-e-g = Separate topics with commas, e.g. district heating, cycling
about-you = About you
your-picture = Your picture
or-the-address-of-a-picture = Or the address of a picture elsewhere
header-picture-across-the-top-of = Header picture, across the top of your page
or-the-address-of-a-header = Or the address of a header picture elsewhere
approve-each-new-follower-myself = Approve each new follower myself
your-api-tokens = Your API tokens
move-your-account = Move your account
coming-here-from-another-group = Coming here from another group
coming-here-from-another-account = Coming here from another account
name-the-group-this-one-takes = Name the group this one takes over, then move it from there: its members, moderators and discussions come here.
name-the-account-you-had-before = Name the account you had before, then move it from there: its followers will follow you here.
the-groups-this-one-was-before = The groups this one was before
handles-like-heat-network-example-separated = Handles like @heat@network.example, separated by commas
your-other-accounts = Your other accounts
handles-like-anna-lyon-example-separated = Handles like @anna@lyon.example, separated by commas
your-data = Your data
download-your-data = Download your data
your-resources-events-public-posts-profile = : your resources, events, public posts, profile and follows, to import on your new node.
import-data-from-another-node = Import data from another node
moving-this-group-away = Moving this group away
moving-this-account-away = Moving this account away
first-create-the-new-group-on = First create the new group on the other node and name this one there. Members here and on other servers will join the new group, whose node takes over the moderators and the discussions; this group will point to it.
the-new-group = The new group
a-handle-like-heat-gent-example = A handle like @heat@gent.example
move-the-members-to-it = Move the members to it
first-name-this-account-on-the = First name this account on the new one. Your followers, here and on other servers, will follow the new account; this one will point to it.
your-new-account = Your new account
a-handle-like-anna-gent-example = A handle like @anna@gent.example
move-my-followers-to-it = Move my followers to it
import-your-data = Import your data
not-imported = Not imported
publish-here-as-this-account-the = Publish here, as this account, the resources, events and public posts of an archive downloaded from another node, and follow again whom that account followed. Items already here are not published twice.
archive-file = Archive file
the-cairn-json-file-from-download = The cairn-….json file from 'Download your data' on your old node (at most 1 MiB)
import = Import
api-tokens = API tokens
scripts-and-apps-act-as-you = Scripts and apps act as you with a token. Revoke one you no longer use or may have leaked.
your-new-token-copy-it-now = Your new token. Copy it now: it is not shown again.
you-have-no-api-tokens = You have no API tokens.
created = Created
last-used = Last used
expires = Expires
revoke = Revoke
new-token = New token
what-is-it-for = What is it for?
expires-after-days = Expires after (days)
leave-empty-for-a-token-that = Leave empty for a token that lives until you revoke it
make-a-token = Make a token

## social

reply-posted = Reply posted.
posted = Posted.
remove-this-post = Remove this post?
it-disappears-here-and-the-servers = It disappears here, and the servers that received it are told to remove it.
post-removed = Post removed.
in-inline = in
replying-to = Replying to
a-post = a post
markdown-mention-people-as-name-host = Markdown; mention people as @name@host, tag topics with #word.
post = Post
what-are-you-working-on = What are you working on?
nothing-here-yet = Nothing here yet.
find-colleagues-and-groups-to-follow = Find colleagues and groups to follow
no-resource-is-filed-under-this = No resource is filed under this tag.
all-resources-with-this-tag = All resources with this tag
posts-2 = Posts
no-public-post-uses-this-tag = No public post uses this tag yet.
post-by = Post by
replies = Replies
reply = Reply
create-a-group = Create a group
search-groups = Search groups
start-one = Start one
edit-the-group = Edit the group
handle = Handle
lowercase-letters-digits-and-the-groups = Lowercase letters, digits and _; the group's address is @handle@this-node.
the-groups-picture = The group's picture
separated-by-commas = Separated by commas.
who-can-join = Who can join
who-can-read-the-discussions = Who can read the discussions
create-the-group = Create the group
discussions-for-members-only = Discussions for members only
public-discussions = Public discussions
this-group-lives-on = This group lives on
leave-the-group = Leave the group
your-request-to-join-waits-for = Your request to join waits for a moderator.
withdraw-the-request = Withdraw the request
join = Join
ask-to-join = Ask to join
log-in-to-join = Log in to join
waiting-to-join = Waiting to join
nobody-is-waiting = Nobody is waiting.
refuse = Refuse
invite-someone-name-host = Invite someone (@name@host)
invite = Invite
discussions = Discussions
start-a-discussion = Start a discussion
discussions-are-for-members-only = Discussions are for members only.
no-discussions-yet = No discussions yet.
members-2 = Members
set-role = Set role
people-cities-and-groups-here-and = People, cities and groups, here and on the nodes this one knows.
look-someone-up-by-handle = Look someone up by handle
nobody-matches-try-fewer-filters-or = Nobody matches. Try fewer filters, or look someone up by handle on
view-and-join = View and join
nothing-new = Nothing new.
see = see

## transition

saved-and-published-to-the-citys = Saved and published to the city's followers.
the-climate-transition-map-as-a = The Climate Transition Map as a journey
evidence = Evidence
updated = updated
templates-for-this-phase = Templates for this phase
transition-map = Transition map
climate-transition-map = Climate Transition Map
six-phases-from-a-political-mandate = Six phases from a political mandate to a new normal. Each step links to what cities have published about it, here and on the nodes this one follows.
transition-journey = Transition journey
transition-journey-of = Transition journey of
last-updated = Last updated
steps-done-2 = Steps done
open-a-step-to-record-where = Open a step to record where the city stands.
other-cities-journeys = Other cities' journeys
guidance = Guidance
expected-outputs = Expected outputs
where-the-city-stands = Where the city stands
record-the-citys-progress = Record the city's progress
notes = Notes
links-to-resources-that-show-the = Links to resources that show the work, one per line.
save-and-publish = Save and publish
resources-for-this-step = Resources for this step
resources-filed-under-this-step-or = Resources filed under this step (or tagged
share-your-citys-work-on-this = Share your city's work on this step
nothing-published-for-this-step-yet = Nothing published for this step yet.
no-templates-for-this-phase-yet = No templates for this phase yet.
all-templates-for-this-phase = All templates for this phase
explore-the-tools-cities-use = Explore the tools cities use
no-tool-of-this-kind-for = No tool of this kind for that sector.
examples-from-the-repository = Examples from the repository
resources-filed-under-this-tool-type = Resources filed under this tool type (or tagged
share-your-citys-work-with-this = Share your city's work with this tool
no-examples-yet = No examples yet.
score = Score
finances = Finances
pros = Pros
cons = Cons
related-programmes = Related programmes
why-this-score = Why this score
financial-guidance = Financial guidance
pick-the-sectors-of-your-project = Pick the sectors of your project and answer five questions: Cairn ranks the ways cities finance such projects and explains each score. General guidance, not advice for a particular case.
sectors-of-the-project = Sectors of the project
rank-financing-options = Rank financing options
financing-options-best-match-first = Financing options, best match first
share-these-results = Share these results
link-to-this-assessment = link to this assessment

## api_docs

in = In
type = Type
required = Required
api = API
the-json-api = The JSON API
everything-a-person-does-on-these = Everything a person does on these pages, a script can do at{" "}
get-a-token-with-post-auth = Get a token with POST /auth/token and send it as Authorization: Bearer …. Errors are JSON:{" "}
with-every-field-at-fault-in = , with every field at fault in errors.
the-openapi-3-1-description = The OpenAPI 3.1 description
for-code-generators-and-testing-tools = {" "}(for code generators and testing tools).
api-sections = API sections
token = token
body = Body:{" "}
types = Types

## components

skip-to-main-content = Skip to main content
main = Main
menu = Menu
powered-by-cairn-a-federated-knowledge = Powered by Cairn, a federated knowledge commons for climate-neutral cities.
map = Map
finance = Finance
my-profile = My profile
requests = Requests
log-out = Log out
cancel = Cancel
please-check-the-form = Please check the form
not-set = Not set
any-country = Any country
log-in-to-follow = Log in to follow
follow = Follow
follow-request-sent-2 = Follow request sent
withdraw-request = Withdraw request
unfollow = Unfollow
older = Older
jpeg-png-webp-or-gif-its = JPEG, PNG, WebP or GIF; its location data is removed.
remove-this-picture = Remove this picture
the-picture-you-sent-is-kept = The picture you sent is kept; choose another to replace it.

## network

delivery-by-server = Delivery by server
nothing-is-waiting-for-any-server = Nothing is waiting for any server.
server = Server
waiting = Waiting
sending = Sending
last-success = Last success
last-error = Last error
next-try = Next try
dropped = Dropped
now = now
node-directory = Node directory
nodes-and-relays-this-node-subscribes = Nodes and relays this node subscribes to: everything public they publish is gathered here, their history backfilled from their outbox.
no-subscriptions-yet = No subscriptions yet.
node = Node
state = State
backfill = Backfill
last-contact = Last contact
reachable = Reachable
subscribe-to-a-node-or-relay = Subscribe to a node or relay
subscribe = Subscribe
resources-by-year-stacked-by-sector = Resources by year, stacked by sector
network-dashboard = Network dashboard
everything-this-node-holds-its-own = Everything this node holds: its own work and what it gathers from the nodes it follows and subscribes to. Impact figures are as their authors reported them; a resource with several sectors counts in each.
leave-out-illustrative-demo-data = Leave out illustrative demo data
illustrative-demo-data-is-left-out = Illustrative demo data is left out.
count-it-too = Count it too
avoided = avoided
invested = invested
nothing-gathered-yet = Nothing gathered yet.
by-sector = By sector
resources-by-sector = Resources by sector
reported-reductions-by-sector = Reported reductions by sector
reported-investment-by-sector = Reported investment by sector
by-country = By country
resources-by-country = Resources by country
reported-reductions-by-country = Reported reductions by country
reported-investment-by-country = Reported investment by country
over-time = Over time
cities-on-the-transition-map = Cities on the transition map
no-city-has-shared-its-journey = No city has shared its journey with this node yet.
none-planned = None planned.

## pages

contact = Contact
join-this-node = Join this node
or-log-in = or log in
search-the-knowledge-repository = Search the knowledge repository
e-g-district-heating = e.g. district heating
this-network-in-figures = This network in figures
latest-case-studies = Latest case studies
no-case-studies-yet = No case studies yet.
share-your-citys-work = Share your city's work
all-case-studies = All case studies
no-events-planned = No events planned.
the-calendar = The calendar
all-groups = All groups
our-transition = Our transition
follow-the-journey = Follow the journey
the-transition-map = The Transition Map
the-dashboard = The dashboard
the-organisation = The organisation
people-on-this-node = People on this node
nobody-has-joined-yet = Nobody has joined yet.
be-the-first = Be the first.
the-directory = The directory
username = Username
password = Password
no-account-yet = No account yet?
create-an-account = Create an account
the-rules-of-this-node = The rules of this node
by-creating-an-account-you-agree = By creating an account you agree to them.
lowercase-letters-digits-and-it-becomes = Lowercase letters, digits and _; it becomes your handle.
email = Email
at-least-10-characters-mix-letters = At least 10 characters; mix letters with digits or symbols.
create-account = Create account
find-a-colleague-or-a-city = Find a colleague or a city
handle-or-address = Handle or address
for-example-anna-lyon-example-or = For example @anna@lyon.example or https://lyon.example/users/anna
look-up = Look up
found = Found
administration = Administration
node-identity = Node identity
how-this-node-presents-itself-the = How this node presents itself: the name replaces "Cairn" on every page, and the organisation's followers on other servers see the change.
logo-address = Logo address
an-https-address-of-a-picture = An https:// address of a picture
an-e-mail-address-or-an = An e-mail address or an https:// page where people reach your team
save-the-identity = Save the identity
node-rules = Node rules
what-everyone-here-agrees-to-shown = What everyone here agrees to: shown at registration, in NodeInfo and to Mastodon apps. One rule per line.
rules = Rules
publish-the-rules = Publish the rules
federation = Federation
deliveries-waiting = deliveries waiting
given-up = given up
domain-rules = Domain rules
blocked-in-the-configuration-file = Blocked in the configuration file
allowed-in-the-configuration-file = Allowed in the configuration file
no-domain-rules-yet-this-node = No domain rules yet: this node federates with everyone.
domain = Domain
block-refuse-its-activities-fetch-nothing = Block: refuse its activities, fetch nothing, deliver nothing, and delete what it had here
limit-keep-it-out-of-public = Limit: keep it out of public timelines, search and lists; followers still see it
allow-once-any-domain-is-allowed = Allow: once any domain is allowed, only allowed domains federate
add-rule = Add rule
financial-guidance-matrix = Financial guidance matrix
source = Source
financing-options-in-use = financing options in use.
the-matrix-file-was-not-loaded = The matrix file was not loaded; the last good matrix stays in use.
reload-the-matrix-file = Reload the matrix file
accounts-waiting-for-approval = Accounts waiting for approval
none-2 = None.
approve = Approve
error = Error
something-is-not-right = Something is not right
back-to-the-home-page = Back to the home page
authorize-an-app = Authorize an app
authorize = Authorize
this-app-asks-to-act-for = This app asks to act for your account with these permissions:
username-or-email = Username or email
deny = Deny
authorization-code = Authorization code
copy-this-code-into-the-app = Copy this code into the app:

## labels chosen by code

followed-you = followed you
asked-to-follow-you = asked to follow you
mentioned-you = mentioned you
replied-to-you = replied to you
asked-to-join-a-group-you = asked to join a group you moderate
accepted-you-as-a-member = accepted you as a member
did-not-accept-your-request-to = did not accept your request to join
invited-you-to-join-a-group = invited you to join a group
removed-your-post-from-a-group = removed your post from a group
changed-an-event-you-take-part = changed an event you take part in
cancelled-an-event-you-take-part = cancelled an event you take part in
acted-on-what-you-reported-thank = acted on what you reported; thank you
looked-at-what-you-reported-and = looked at what you reported and left it as it is
warned-you-about-something-you-published = warned you about something you published; please read the node's rules
did-something = did something
transition-map-phase = Transition-map phase
year = Year
not-started = Not started
in-progress-2 = In progress
done = Done
moderators-approve-new-members = Moderators approve new members
open-to-all = Open to all
everyone = Everyone
members-only = Members only
people-2 = People
cities-and-organisations = Cities and organisations
group = Group
resource-2 = Resource
event = Event
content = Content
mon = Mon
tue = Tue
wed = Wed
thu = Thu
fri = Fri
sat = Sat
sun = Sun
yes-2 = Yes
no-2 = No

## counts and names: messages with arguments

resource-count = { $count ->
    [one] { $count } resource
   *[other] { $count } resources
}
all-resource-count = { $count ->
    [one] The only resource
   *[other] All { $count } resources
}
follower-count = { $count ->
    [one] { $count } follower
   *[other] { $count } followers
}
following-count = { $count } following
followers-known-here-count = { $count ->
    [one] { $count } follower known here
   *[other] { $count } followers known here
}
member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
steps-done-of-total = { $done } / { $total } steps done
steps-done-out-of = { $done } of { $total } steps done
steps-done-count = { $done ->
    [one] { $done } step done
   *[other] { $done } steps done
}
in-progress-count = { $count } in progress
map-steps-done = { $done } of { $total } steps of the Transition Map done
participant-count = { $count } taking part
places-taken-count = { $taken } / { $capacity } places taken
capacity-places = { $count ->
    [one] ({ $count } place)
   *[other] ({ $count } places)
}
import-summary = Imported: { $resources } resources, { $events } events, { $posts } posts, { $follows } follows.
import-already-here = { $count ->
    [one] { $count } item was already here and was not published again.
   *[other] { $count } items were already here and were not published again.
}
earlier-reports-summary = Earlier reports: { $account } about this account, { $domain-count } about { $domain }
finance-matrix-reloaded-options = Finance matrix reloaded ({ $count } options)
rule-saved-for-domain = Rule saved for { $domain }
subscribed-to-domain = Subscribed to { $domain }
unsubscribed-from-domain = Unsubscribed from { $domain }
domain-blocked = Blocked { $domain }
invited-person = Invited { $handle }
comment-by-name = Comment by { $name }
the-moderators-of-domain = The moderators of { $domain }
phase-number = Phase { $number }

## languages

interface-language = Language of the interface
change-language = Change
language-as-the-browser-asks = As my browser asks
node-default-language = Default language of the interface
node-default-language-hint = For visitors whose browser asks for none of the languages Cairn is shipped in, and for the command line.
## units after figures

unit-thousand = k
unit-million = M
unit-billion = bn
unit-co2e-per-year = CO₂e/yr

## labels chosen by code, later

this-node-timeline = This node
everything-known-timeline = Everything known
removed-by = Removed by { $moderator }, { $when }
account-warned-by = Account warned by { $moderator }, { $when }
account-limited-by = Account limited by { $moderator }, { $when }
account-suspended-by = Account suspended by { $moderator }, { $when }
dismissed-by = Dismissed by { $moderator }, { $when }
report-reason-spam = Spam or advertising
report-reason-abuse = Harassment, hate or threats
report-reason-illegal = Illegal content
report-reason-misleading = False or misleading information
report-reason-rule = Breaks one of this node's rules
report-reason-other = Something else
phases = Phases
place = Place
period = Period
emissions-avoided = Emissions avoided
investment = Investment
name-organisation-or-topic = Name, organisation or topic
role-or-job-title = Role or job title
the-token-was-revoked = The token was revoked.
thank-you-the-moderators-here-will-look-forwarded = Thank you. The moderators here will look at it, and it was sent to those of the server it comes from.
it-disappears-from-this-node-resource = It disappears from this node, and every node and server that holds a copy is told to delete it. This cannot be undone.

## errors: what a form, the API or the command line answers

that-username-is-reserved = that username is reserved
enter-an-email-address-like-name-city = enter an email address like name@city.example
name-the-token-in-at-most-100 = name the token in at most 100 characters
a-password-has-10-to-512-characters = a password has 10 to 512 characters
a-role-is-admin-moderator-or-member = a role is admin, moderator or member
enter-your-username = enter your username
enter-your-password = enter your password
choose-a-time-zone-such-as-europe = choose a time zone such as Europe/Paris
an-event-ends-after-it-starts = an event ends after it starts
enter-the-webinars-https-address = enter the webinar's https:// address
give-an-address-a-webinar-link-or = give an address, a webinar link, or both
capacity-is-a-number-of-people-zero = capacity is a number of people, zero or more
joining-is-free-approval-invite-or-external = joining is free, approval, invite or external
an-event-is-confirmed-tentative-or-cancelled = an event is confirmed, tentative or cancelled
choose-a-language-e-g-en-fr = choose a language, e.g. en, fr or de
use-at-most-20-short-topic-tags = use at most 20 short topic tags
write-something-or-attach-a-file = write something or attach a file
a-group-name-has-2-to-100 = a group name has 2 to 100 characters
keep-the-description-under-5000-characters = keep the description under 5000 characters
keep-each-topic-under-50-characters = keep each topic under 50 characters
use-at-most-20-topics = use at most 20 topics
choose-open-approval-or-invite = choose open, approval or invite
choose-public-or-members = choose public or members
enter-a-handle-like-anna-city-example = enter a handle like @anna@city.example or an actor's https:// address
enter-a-domain-like-city-example = enter a domain like city.example
enter-the-nodes-name = enter the node's name
enter-a-pictures-https-address = enter a picture's https:// address
enter-an-e-mail-address-or-an = enter an e-mail address or an https:// address
choose-one-of-the-languages-the-interface = choose one of the languages the interface is shipped in
list-at-most-20-areas-of-expertise = list at most 20 areas of expertise
missing = missing
give-the-address-https-of-what-you = give the address (https://…) of what you report
choose-why-you-report-this = choose why you report this
this-node-has-published-no-rules-choose = this node has published no rules; choose another reason
use-the-two-letter-country-code-e = use the two-letter country code, e.g. FR
choose-the-kind-of-resource = choose the kind of resource
transition-map-phases-are-numbered-1-to = transition-map phases are numbered 1 to 6
use-at-most-20-topic-tags = use at most 20 topic tags
the-period-cannot-end-before-it-starts = the period cannot end before it starts
enter-a-positive-number = enter a positive number
attach-at-most-20-links = attach at most 20 links
attach-at-most-20-files-and-links = attach at most 20 files and links together
an-attachment-needs-an-https-address = an attachment needs an https:// address
choose-not-started-in-progress-or-done = choose not_started, in_progress or done
not-found = not found
text-cannot-contain-nul-characters = text cannot contain NUL characters
this-account-is-suspended-by-the-nodes = this account is suspended by the node's moderators
something-went-wrong-on-this-node = something went wrong on this node
that-already-exists = that already exists
the-nodes-outbox-has-pages-resources-and = the node's outbox has pages `resources` and `events`
no-such-activity = no such activity
only-the-nodes-organisation-keeps-a-transition = only the node's organisation keeps a transition journey
only-groups-have-moderators = only groups have moderators
this-post-is-not-public-sign-the = this post is not public: sign the request
servers-must-be-between-1-and-1000 = servers must be between 1 and 1000
no-deliveries-to-that-domain-yet = no deliveries to that domain yet
no-such-event = no such event
no-organiser = no organiser
only-members-read-this-groups-posts = only members read this group's posts
send-the-file-as-the-form-field = send the file as the form field `file`
send-a-json-object = send a JSON object
send-the-body-as-application-json = send the body as application/json
cursor-must-be-a-value-from-an = cursor must be a value from an earlier `next`
the-action-is-limit-unlimit-suspend-or = the action is limit, unlimit, suspend or unsuspend
gone = gone
no-such-resource = no such resource
no-such-author = no such author
no-such-post = no such post
no-such-account = no such account
no-such-group = no such group
name-a-domain-such-as-city-example = name a domain such as city.example
no-such-status = no such status
no-token = no token
invalid-token = invalid token
this-token-has-no-user = this token has no user
this-action-is-outside-the-authorized-scopes = This action is outside the authorized scopes
unknown-client-id-register-the-app-first = unknown client_id: register the app first
response-type-must-be-code = response_type must be code
unknown-client-id = unknown client_id
you-denied-the-app-access = you denied the app access
name-the-account = name the account
delete-case-studies-and-events-from-their = delete case studies and events from their pages
metrics-are-for-administrators-and-the-networks = metrics are for administrators and the networks in server.metrics_networks
no-such-api-endpoint = no such API endpoint
log-in-first = log in first
only-administrators-can-do-this = only administrators can do this
send-an-api-token-as-authorization-bearer = send an API token as `Authorization: Bearer …`
this-api-token-is-not-valid-revoked = this API token is not valid (revoked or expired?)
this-account-is-waiting-for-approval = this account is waiting for approval
choose-mute-or-block = choose mute or block
this-event-is-served-by-its-own = this event is served by its own node
only-the-organiser-can-change-this-event = only the organiser can change this event
no-such-action = no such action
there-is-no-page-at-this-address = there is no page at this address
no-such-member = no such member
this-resource-is-served-by-its-own = this resource is served by its own node
only-the-author-can-change-this-resource = only the author can change this resource
no-such-comment = no such comment
this-nodes-interface-is-not-shipped-in = this node's interface is not shipped in that language
nothing-on-this-node-has-that-address = nothing on this node has that address
lists-of-remote-actors-live-on-their = lists of remote actors live on their own server
you-cannot-remove-this-post = you cannot remove this post
enter-a-number-of-days-or-leave = enter a number of days, or leave it empty
the-transition-map-has-no-such-step = the transition map has no such step
explore-has-no-such-tool-type = Explore has no such tool type
add-resource-acct-name-domain = add ?resource=acct:name@domain
resource-must-be-acct-name-domain = resource must be acct:name@domain
no-such-account-on-this-node = no such account on this node
that-username-or-email-is-taken = that username or email is taken
this-node-does-not-take-new-registrations = this node does not take new registrations
wrong-username-or-password = wrong username or password
your-account-is-waiting-for-an-administrators = your account is waiting for an administrator's approval
a-rule-is-allow-limit-or-block = a rule is allow, limit or block
that-is-this-nodes-own-domain = that is this node's own domain
you-cannot-take-away-your-own-administrator = you cannot take away your own administrator role
choose-the-archive-file-to-import = choose the archive file to import
this-is-not-a-cairn-account-archive = this is not a Cairn account archive (version 1)
name-an-account-name-domain-or-its = name an account (@name@domain or its address) or a domain
that-is-this-node-block-or-mute = that is this node; block or mute its accounts one by one
this-nodes-groups-and-its-own-account = this node's groups and its own account cannot be blocked or muted
you-cannot-block-or-mute-yourself = you cannot block or mute yourself
this-account-does-not-accept-that-from = this account does not accept that from you
this-event-was-cancelled = this event was cancelled
this-event-is-over = this event is over
this-event-takes-registrations-on-its-own = this event takes registrations on its own site
the-organiser-is-gone = the organiser is gone
this-event-lives-on-another-node-change = this event lives on another node; change it there
this-event-is-by-invitation-only = this event is by invitation only
you-are-not-taking-part-in-this = you are not taking part in this event
only-the-organiser-decides-who-takes-part = only the organiser decides who takes part
no-such-request-to-join = no such request to join
no-such-person = no such person
which-event = which event?
no-such-event-on-this-node = no such event on this node
only-the-organiser-answers-a-request-to = only the organiser answers a request to join
the-event-names-no-organiser-attributedto = the event names no organiser (attributedTo)
only-its-organiser-can-publish-or-change = only its organiser can publish or change this event
this-event-lives-here = this event lives here
only-the-organiser-can-delete-this-event = only the organiser can delete this event
you-are-already-taking-part = you are already taking part
you-asked-to-join-already-the-organiser = you asked to join already; the organiser decides
this-event-is-full = this event is full
you-asked-to-join-already = you asked to join already
you-cannot-follow-yourself = you cannot follow yourself
log-in-to-look-up-accounts-and = log in to look up accounts and resources on other servers
the-follower-is-gone = the follower is gone
no-such-follow-request = no such follow request
only-the-followed-actor-can-answer-a = only the followed actor can answer a follow request
only-the-follower-can-undo-a-follow = only the follower can undo a follow
that-handle-is-taken-choose-another = that handle is taken; choose another
choose-admin-moderator-or-member = choose admin, moderator or member
roles-go-to-members-of-this-node = roles go to members of this node
group-gone = group gone
this-group-is-moderated-on-its-own = this group is moderated on its own node
only-the-groups-moderators-can-do-this = only the group's moderators can do this
only-the-groups-administrators-can-do-this = only the group's administrators can do this
this-group-is-by-invitation-only = this group is by invitation only
that-person-is-not-a-member = that person is not a member
administrators-cannot-be-removed = administrators cannot be removed
only-the-nodes-administrators-record-the-citys = only the node's administrators record the city's journey
only-a-city-itself-can-publish-its = only a city itself can publish its journey
this-file-is-attached-already-edit-what = this file is attached already; edit what it is attached to
no-such-file-of-yours = no such file of yours
no-such-file = no such file
nothing-on-this-node-has-that-address-2 = nothing on this node has that address; report from the page that shows it
this-is-your-own-change-or-delete = this is your own; change or delete it instead
the-action-is-dismiss-remove-warn-limit = the action is dismiss, remove, warn, limit or suspend
an-account-is-not-removed-limit-or = an account is not removed; limit or suspend it instead
you-cannot-limit-or-suspend-yourself = you cannot limit or suspend yourself
this-nodes-groups-and-its-own-actor = this node's groups and its own actor are not limited or suspended
status-is-open-dismissed-removed-warned-limited = status is open, dismissed, removed, warned, limited or suspended
only-moderators-and-administrators-can-do-this = only moderators and administrators can do this
owner-gone = owner gone
no-such-report = no such report
only-an-administrator-can-limit-or-suspend = only an administrator can limit or suspend an administrator
this-account-was-suspended-or-deleted-by = this account was suspended or deleted by its own server
you-reported-this-already-the-moderators-have = you reported this already; the moderators have it
an-account-is-not-an-alias-of = an account is not an alias of itself
a-person-or-an-organisation-moves-to = a person or an organisation moves to an account, not a group
a-group-moves-to-another-group = a group moves to another group
an-account-cannot-move-to-itself = an account cannot move to itself
a-group-moves-to-a-group-and = a group moves to a group, and only a group does
an-app-needs-a-name-of-up = an app needs a name of up to 100 characters
give-at-least-one-redirect-uri = give at least one redirect URI
this-redirect-uri-was-not-registered-by = this redirect URI was not registered by the app
the-app-asks-for-scopes-it-did = the app asks for scopes it did not register
invalid-client-the-client-id-or-secret = invalid_client: the client id or secret is wrong
invalid-grant-the-code-is-wrong-used = invalid_grant: the code is wrong, used or expired
invalid-grant-wrong-username-or-password = invalid_grant: wrong username or password
no-actor = no actor
another-process-has-taken-this-reading-over = another process has taken this reading over
this-reading-was-ended = this reading was ended meanwhile
there-is-no-such-post-here-to = there is no such post here to reply to
join-the-group-before-posting-in-it = join the group before posting in it
author-gone = author gone
only-the-author-or-the-groups-moderators = only the author or the group's moderators can remove this post
only-its-author-can-publish-this-note = only its author can publish this note
only-members-can-post-in-this-group = only members can post in this group
a-removal-names-a-post = a removal names a post
the-announced-post-has-no-id = the announced post has no id
the-group-passed-on-a-post-that = the group passed on a post that is not in the group
a-group-can-only-remove-its-own = a group can only remove its own posts
only-its-author-or-its-group-can = only its author or its group can delete this post
only-its-author-can-change-this-post = only its author can change this post
only-public-posts-can-be-reblogged = only public posts can be reblogged
the-like-has-no-object = the Like has no object
only-who-liked-something-can-undo-it = only who liked something can undo it
write-something-first = write something first
keep-comments-under-5000-characters = keep comments under 5000 characters
this-resource-lives-on-another-node-change = this resource lives on another node; change it there
no-author = no author
only-its-author-can-publish-or-change = only its author can publish or change this
the-updated-object-has-no-id = the updated object has no id
the-deleted-object-has-no-id = the deleted object has no id
the-announced-object-has-no-id = the announced object has no id
give-a-domain-or-a-url = give a domain or a URL
this-node-cannot-subscribe-to-itself = this node cannot subscribe to itself
the-nodes-application-actor-is-missing = the node's application actor is missing
only-the-subscribed-server-can-answer-its = only the subscribed server can answer its subscription
you-have-no-such-token = you have no such token

## errors with arguments

this-is-required = this is required
write-at-least-characters = write at least { $min } characters
keep-this-under-characters = keep this under { $max } characters
publish-at-most-rules = publish at most { $count } rules
attach-at-most-files-to-a-post = attach at most { $count } files to a post
keep-posts-under-characters = keep posts under { $max } characters
choose-which-rule-it-breaks = choose which rule it breaks (1 to { $count })
file-says-it-is-but-is = this file says it is { $claimed } but it is { $detected }
a-file-may-be-at-most = a file may be at most { $size }
the-map-has-no-step = the Transition Map has no step "{ $step }"
keep-notes-under-characters = keep notes under { $max } characters
link-at-most-pieces-of-evidence = link at most { $count } pieces of evidence
is-not-a-web-link = "{ $link }" is not an http(s) link
is-not-a-sector-cairn-knows = { $sector } is not a sector Cairn knows
is-not-a-step-of-the-map = { $step } is not a step of the Transition Map
is-not-a-tool-type = { $tool } is not a tool type of the Explore catalogue
this-form-has-expired-or-came-from = this form has expired or came from another site; reload the page and try again
finance-starting-score = Starting score for this kind of financing.
finance-often-used-in-sector = Often used in the sector “{ $sector }”.
username-length = a username has 2 to 30 characters
username-first-letter = a username starts with a lowercase letter
username-letters = a username uses only lowercase letters, digits and _

# Resources in several languages
translations = Translations
the-same-resource-in-other-languages = The same resource in other languages. Fill in a set to add one; empty a set to remove that version.
translation-number = Translation { $number }
languages-of-this-page = Languages of this page
read-in = Read in:
original = original
add-at-most-translations = add at most { $max } translations
translation-problem = Translation “{ $language }”: { $problem }
a-translation-is-in-another-language = a translation is in another language than the original
this-language-has-a-translation-already = this language has a translation already
the-same-event-in-other-languages = The same event in other languages. Fill in a set to add one; empty a set to remove that version.
the-same-group-in-other-languages = The group's name and description in other languages. Fill in a set to add one; empty a set to remove that version.

# Errors of the services and the API (the message; the error code stays English)
host-is-not-this-node = { $host } is not this node
there-is-no-one-called-on-this-node = there is no { $name } on this node
report-at-most-statuses-at-once = report at most { $max } statuses at once
status-is-not-by-this-account = status { $id } is not by this account
text-character-limit-exceeded = Text character limit of { $max } exceeded
is-not-a-media-id = { $id } is not a media id
malformed-json = malformed JSON: { $problem }
malformed-url = malformed URL: { $problem }
unsupported-grant-type = unsupported grant_type { $grant }
the-form-could-not-be-read = the form could not be read: { $problem }
nobody-called-is-known-here = nobody called { $handle } is known here
send-at-most-files-at-a-time = send at most { $max } files at a time
is-not-a-sector = “{ $value }” is not a sector
a-request-body-may-be-at-most-bytes = a request body may be at most { $max } bytes
name-at-most-accounts = name at most { $max } accounts
account-moved-to = { $account } moved to { $target }
cannot-check-the-new-account = cannot check the new account { $account }: { $problem }
does-not-name-as-an-alias = { $account } does not name { $old } as an alias
is-not-on-the-server-of = { $url } is not on the server of { $owner }
is-not-a-group = { $name } is not a group
this-group-moved-to = this group moved to { $target }
was-removed-by-this-nodes-moderators = { $url } was removed by this node’s moderators
is-a-kind-cairn-does-not-show = { $url } is a { $kind }, which Cairn does not show
is-not-a-picture-but = { $url } is { $kind }, not a picture
this-report-was-handled-already = this report was handled already ({ $status })
is-neither-a-domain-nor-a-url = “{ $value }” is neither a domain nor a URL
is-not-a-url = “{ $value }” is not a URL
is-blocked-on-this-node = { $domain } is blocked on this node
no-subscription-to = no subscription to { $domain }
cannot-find = cannot find { $name }: { $problem }
you-do-not-block = you do not block { $name }
you-do-not-mute = you do not mute { $name }
there-is-no-account = there is no account { $name }
there-is-no-rule-for = there is no rule for { $domain }
unknown-scope = unknown scope { $scope }
is-not-a-uri = { $value } is not a URI
only-its-author-can-change-it = only its author can change it
this-image-cannot-be-read = this image cannot be read: { $problem }
is-not-a-file-of-yours-to-attach = { $id } is not a file of yours that can be attached
choose-one-picture = choose one picture
no-account-here = no account { $name } here
you-do-not-follow = you do not follow { $name }
cannot-mention = cannot mention { $name }: { $problem }
this-file-is-not-a-cairn-account-archive = this file is not a Cairn account archive ({ $problem })
choose-a-picture-by-uploading-it = choose a picture of this node by uploading it, not by its address
this-contains-control-characters = this contains control characters
choose-a-country-from-the-list = choose a country from the list
enter-a-date-and-time-like = enter a date and time like 2026-03-29T10:00
that-time-does-not-exist-in = that time does not exist in { $zone }: the clocks change then
that-username-is-taken = that username is taken
an-account-with-this-email-exists = an account with this email exists already
group-handle-length = a group handle has 2 to 30 characters
group-handle-first-letter = a group handle starts with a lowercase letter
group-handle-letters = a group handle uses only lowercase letters, digits and _
that-group-handle-is-reserved = that group handle is reserved
too-many-log-in-attempts-for-this-account = too many log-in attempts for this account
too-many-log-in-attempts-from-this-address = too many log-in attempts from this address
too-many-new-accounts-from-this-address = too many new accounts from this address
too-many-changes-in-a-short-time = too many changes in a short time
too-many-activities-from-this-server = too many activities from this server
too-many-activities-from-this-actor = too many activities from this actor
try-again-in-seconds = { $problem }; try again in { $seconds } s

# The command line (cairn …), in the language of LC_ALL, LC_MESSAGES or LANG
cli-cannot-read-file = cannot read { $path }: { $problem }
cli-matrix-is-valid = { $path }: valid ({ $questions } questions, { $options } financing options)
cli-database-is-up-to-date = database is up to date ({ $backend })
cli-pass-password-stdin = pass --password-stdin and type the password on standard input
cli-cannot-read-the-password = cannot read the password: { $problem }
cli-created-account = created { $role } { $handle } ({ $id })
cli-removing-illustrative-resources = removing illustrative resources: { $done }
cli-removed-illustrative-resources = removed { $count } illustrative resources and the demo account
cli-seeding-illustrative-resources = seeding illustrative resources: { $done }/{ $total } ({ $percent }%)
cli-added-illustrative-resources = added { $count } illustrative resources in { $seconds } s
cli-revoked-tokens = { $count ->
    [one] revoked { $count } API token of { $name }
   *[other] revoked { $count } API tokens of { $name }
}
cli-role-is-set = { $name } is now { $role }
cli-counts-rebuilt = counts of the map, Explore, the dashboard and the repository computed again from the resources in { $seconds } s
cli-search-rebuilt = search lists built again from { $count } resources in { $seconds } s
cli-search-rebuilt-by-itself = SQLite's search engine builds itself again: stop Cairn, remove the folder { $folder }, and start Cairn
cli-worker-started = Cairn worker for { $url } ({ $backend } database): delivering, no HTTP
cli-cannot-listen-on = cannot listen on { $address }
cli-listening = Cairn is listening on { $address } as { $url } ({ $backend } database)
cli-listening-web-only = Cairn is listening on { $address } as { $url } ({ $backend } database, web only: deliveries are made by worker processes)
cli-cannot-read-config-file = cannot read config file { $path }: { $problem }
cli-invalid-config-file = invalid config file: { $problem }
cli-config-section-must-be-a-table = config section [{ $section }] must be a table
cli-invalid-configuration = invalid configuration: { $problem }
cli-server-bind-must-be-an-address = server.bind must be an address like 127.0.0.1:8080, not “{ $value }”
cli-tls-cert-and-key-together = server.tls_cert and server.tls_key must be set together
cli-max-connections-at-least-one = database.max_connections must be at least 1
