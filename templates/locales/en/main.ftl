# Cairn's interface in English: the reference catalogue, every other language has the same ids.

## shared

unsubscribe = Unsubscribe
blocked = Blocked
resources = resources
upcoming-events-2 = Upcoming events
online = Online
events = Events
publish-an-event = Publish an event
you-take-part = You take part.
saved = Saved.
remove-from-the-group = Remove from the group
knowledge-repository = Knowledge repository
publish-a-resource = Publish a resource
phase = Phase
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
nodes-sharing = nodes sharing
people = people
upcoming-events = upcoming events

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
removed-by = Removed by
account-warned-by = Account warned by
account-limited-by = Account limited by
account-suspended-by = Account suspended by
dismissed-by = Dismissed by
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
