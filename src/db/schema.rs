// One schema for both backends: portable types only (see migrations/{sqlite,postgres}).

diesel::table! {
    actors (id) {
        id -> BigInt,
        ap_id -> Text,
        kind -> Text,
        username -> Text,
        domain -> Text,
        local -> Bool,
        display_name -> Text,
        summary -> Text,
        job_title -> Text,
        city -> Text,
        country -> Text,
        expertise -> Text,
        avatar_url -> Nullable<Text>,
        profile_url -> Nullable<Text>,
        inbox -> Text,
        shared_inbox -> Nullable<Text>,
        outbox -> Nullable<Text>,
        followers_url -> Nullable<Text>,
        following_url -> Nullable<Text>,
        public_key_pem -> Text,
        private_key_pem -> Nullable<Text>,
        manually_approves -> Bool,
        created_at -> Timestamp,
        refreshed_at -> Timestamp,
        also_known_as -> Text,
        moved_to -> Nullable<Text>,
        sectors -> Text,
        organisation -> Text,
        suspended -> Bool,
        limited -> Bool,
        suspended_at_origin -> Bool,
        header_url -> Nullable<Text>,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        actor_id -> BigInt,
        username -> Text,
        email -> Text,
        password_hash -> Text,
        role -> Text,
        approved -> Bool,
        created_at -> Timestamp,
        language -> Text,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (token_hash) {
        token_hash -> Text,
        user_id -> BigInt,
        created_at -> Timestamp,
        name -> Text,
        last_used_at -> Nullable<Timestamp>,
        expires_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    follows (id) {
        id -> BigInt,
        follower_id -> BigInt,
        followed_id -> BigInt,
        state -> Text,
        activity_ap_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    activities (id) {
        id -> BigInt,
        ap_id -> Text,
        kind -> Text,
        actor_ap_id -> Text,
        local -> Bool,
        public -> Bool,
        payload -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    deliveries (id) {
        id -> BigInt,
        activity_id -> BigInt,
        signer_id -> BigInt,
        inbox -> Text,
        domain -> Text,
        state -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        claimed_by -> Nullable<Text>,
    }
}

diesel::table! {
    instances (domain) {
        domain -> Text,
        failures -> Integer,
        unreachable_since -> Nullable<Timestamp>,
        last_success_at -> Nullable<Timestamp>,
        last_failure_at -> Nullable<Timestamp>,
        retry_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        dropped -> BigInt,
        signature_scheme -> Nullable<Text>,
    }
}

diesel::table! {
    job_leases (name) {
        name -> Text,
        holder -> Text,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    group_adoptions (old_group_id) {
        old_group_id -> BigInt,
        group_id -> BigInt,
        adopted_at -> Timestamp,
    }
}

diesel::table! {
    catalogues (actor_id) {
        actor_id -> BigInt,
        state -> Text,
        next_page -> Nullable<Text>,
        total -> Nullable<BigInt>,
        done -> BigInt,
        error -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    domain_rules (domain) {
        domain -> Text,
        policy -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    node_settings (key) {
        key -> Text,
        value -> Text,
    }
}

diesel::joinable!(users -> actors (actor_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(deliveries -> activities (activity_id));
diesel::allow_tables_to_appear_in_same_query!(
    actors,
    users,
    sessions,
    api_tokens,
    follows,
    activities,
    deliveries,
    instances,
    domain_rules,
);

diesel::table! {
    resources (id) {
        id -> BigInt,
        ap_id -> Text,
        local -> Bool,
        origin -> Text,
        author_id -> BigInt,
        kind -> Text,
        title -> Text,
        summary -> Text,
        body -> Text,
        body_html -> Text,
        search_text -> Text,
        language -> Text,
        license -> Text,
        sectors_mask -> BigInt,
        tags -> Text,
        map_mask -> BigInt,
        city -> Text,
        country -> Text,
        period_start -> Nullable<Integer>,
        period_end -> Nullable<Integer>,
        year -> Integer,
        tco2e_per_year -> Nullable<Double>,
        investment_eur -> Nullable<Double>,
        people_reached -> Nullable<BigInt>,
        attachments -> Text,
        organisation -> Text,
        url -> Text,
        demo -> Bool,
        published_at -> Timestamp,
        updated_at -> Timestamp,
        translations -> Text,
        languages_mask -> BigInt,
    }
}

diesel::table! {
    comments (id) {
        id -> BigInt,
        ap_id -> Text,
        resource_id -> BigInt,
        author_id -> BigInt,
        content_html -> Text,
        local -> Bool,
        published_at -> Timestamp,
    }
}

diesel::joinable!(resources -> actors (author_id));
diesel::joinable!(comments -> resources (resource_id));
diesel::allow_tables_to_appear_in_same_query!(resources, comments, actors);

diesel::table! {
    events (id) {
        id -> BigInt,
        ap_id -> Text,
        local -> Bool,
        origin -> Text,
        organizer_id -> BigInt,
        title -> Text,
        description -> Text,
        description_html -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        timezone -> Text,
        online_url -> Nullable<Text>,
        address -> Text,
        capacity -> Nullable<BigInt>,
        join_mode -> Text,
        status -> Text,
        sectors -> Text,
        tags -> Text,
        language -> Text,
        country -> Text,
        participant_count -> BigInt,
        url -> Text,
        published_at -> Timestamp,
        updated_at -> Timestamp,
        online -> Bool,
        banner -> Nullable<Text>,
        translations -> Text,
    }
}

diesel::table! {
    participations (id) {
        id -> BigInt,
        event_id -> BigInt,
        actor_id -> BigInt,
        state -> Text,
        activity_ap_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::joinable!(events -> actors (organizer_id));
diesel::joinable!(participations -> events (event_id));
diesel::allow_tables_to_appear_in_same_query!(events, participations, actors);
diesel::allow_tables_to_appear_in_same_query!(events, domain_rules);
diesel::allow_tables_to_appear_in_same_query!(journey_steps, actors);

diesel::table! {
    journey_steps (id) {
        id -> BigInt,
        actor_id -> BigInt,
        step -> Text,
        status -> Text,
        notes -> Text,
        evidence -> Text,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(journey_steps -> actors (actor_id));

diesel::table! {
    groups (id) {
        id -> BigInt,
        actor_id -> BigInt,
        sectors -> Text,
        topics -> Text,
        join_mode -> Text,
        visibility -> Text,
        created_at -> Timestamp,
        language -> Text,
        translations -> Text,
    }
}

diesel::table! {
    group_roles (id) {
        id -> BigInt,
        group_id -> BigInt,
        actor_id -> BigInt,
        role -> Text,
    }
}

diesel::table! {
    group_invites (id) {
        id -> BigInt,
        group_id -> BigInt,
        actor_id -> BigInt,
        invited_by -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    posts (id) {
        id -> BigInt,
        ap_id -> Text,
        local -> Bool,
        author_id -> BigInt,
        group_id -> Nullable<BigInt>,
        in_reply_to -> Nullable<Text>,
        content -> Text,
        content_html -> Text,
        visibility -> Text,
        mentions -> Text,
        tags -> Text,
        url -> Text,
        published_at -> Timestamp,
        updated_at -> Timestamp,
        attachments -> Text,
    }
}

diesel::table! {
    notifications (id) {
        id -> BigInt,
        recipient_id -> BigInt,
        kind -> Text,
        actor_id -> BigInt,
        group_id -> Nullable<BigInt>,
        post_id -> Nullable<BigInt>,
        seen -> Bool,
        created_at -> Timestamp,
        event_id -> Nullable<BigInt>,
    }
}

diesel::joinable!(groups -> actors (actor_id));
diesel::allow_tables_to_appear_in_same_query!(groups, actors);
diesel::allow_tables_to_appear_in_same_query!(group_roles, actors);
diesel::allow_tables_to_appear_in_same_query!(posts, actors);
diesel::allow_tables_to_appear_in_same_query!(notifications, actors);
diesel::allow_tables_to_appear_in_same_query!(notifications, posts);
diesel::allow_tables_to_appear_in_same_query!(posts, follows);
diesel::allow_tables_to_appear_in_same_query!(groups, follows);

diesel::table! {
    oauth_apps (id) {
        id -> BigInt,
        client_id -> Text,
        secret_hash -> Text,
        name -> Text,
        website -> Nullable<Text>,
        redirect_uris -> Text,
        scopes -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    oauth_codes (code_hash) {
        code_hash -> Text,
        app_id -> BigInt,
        user_id -> BigInt,
        scopes -> Text,
        redirect_uri -> Text,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    oauth_tokens (token_hash) {
        token_hash -> Text,
        app_id -> BigInt,
        user_id -> Nullable<BigInt>,
        scopes -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reactions (id) {
        id -> BigInt,
        actor_id -> BigInt,
        object_ap_id -> Text,
        kind -> Text,
        activity_ap_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    subscriptions (id) {
        id -> BigInt,
        domain -> Text,
        kind -> Text,
        actor_ap_id -> Nullable<Text>,
        inbox -> Text,
        outbox -> Nullable<Text>,
        state -> Text,
        follow_ap_id -> Text,
        name -> Text,
        software -> Text,
        country -> Text,
        backfill_state -> Text,
        backfill_next -> Nullable<Text>,
        backfill_total -> Nullable<BigInt>,
        backfilled -> BigInt,
        backfill_error -> Nullable<Text>,
        last_contact_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reports (id) {
        id -> BigInt,
        reporter_id -> Nullable<BigInt>,
        origin -> Text,
        flag_ap_id -> Nullable<Text>,
        target_url -> Text,
        target_kind -> Text,
        target_actor_id -> BigInt,
        reason -> Text,
        rule -> Text,
        comment -> Text,
        forwarded -> Bool,
        status -> Text,
        resolved_by -> Nullable<Text>,
        resolved_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        moderator -> Text,
        action -> Text,
        target -> Text,
        reason -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    withheld_objects (ap_id) {
        ap_id -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    personal_blocks (id) {
        id -> BigInt,
        owner_id -> BigInt,
        kind -> Text,
        target -> Text,
        target_actor_id -> Nullable<BigInt>,
        target_domain -> Nullable<Text>,
        block_ap_id -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(reports -> actors (target_actor_id));
diesel::allow_tables_to_appear_in_same_query!(reports, actors);
diesel::allow_tables_to_appear_in_same_query!(personal_blocks, actors);

diesel::table! {
    media (id) {
        id -> BigInt,
        owner_id -> BigInt,
        file_key -> Text,
        thumbnail_key -> Nullable<Text>,
        media_type -> Text,
        size -> BigInt,
        description -> Text,
        width -> Nullable<Integer>,
        height -> Nullable<Integer>,
        blurhash -> Nullable<Text>,
        attached_to -> Nullable<Text>,
        created_at -> Timestamp,
        remote_url -> Nullable<Text>,
    }
}
diesel::allow_tables_to_appear_in_same_query!(media, resources, posts);
diesel::allow_tables_to_appear_in_same_query!(media, events);
diesel::allow_tables_to_appear_in_same_query!(media, actors);

diesel::table! {
    resource_counts (facet, value, demo) {
        facet -> Text,
        value -> Text,
        demo -> Bool,
        counted -> BigInt,
        tco2e_per_year -> Double,
        investment_eur -> Double,
    }
}

diesel::table! {
    search_words (word) {
        word -> Text,
    }
}

diesel::table! {
    /// SQLite only: resources whose change its search engine has yet to take in (`db::text_index`).
    text_index_outbox (seq) {
        seq -> BigInt,
        resource_id -> BigInt,
    }
}

diesel::table! {
    /// SQLite only: the last outbox row its search engine took in (`db::text_index`).
    text_index_state (id) {
        id -> BigInt,
        mark -> BigInt,
    }
}
