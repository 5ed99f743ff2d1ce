//! The interface's languages. Every visible string is a message of a Fluent catalogue
//! (`templates/locales/<code>/main.ftl`, compiled into the binary) looked up by its id in the
//! language of the request being answered: `t("log-in")`, or `t_with` for messages with
//! arguments (plurals, names). The language is set once per request (`in_language`) and may be
//! narrowed by the signed-in person's setting (`prefer`); outside a request it is English.

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use std::{
    cell::Cell,
    collections::HashMap,
    future::Future,
    sync::{
        LazyLock,
        atomic::{AtomicU8, Ordering},
    },
};
use unic_langid::LanguageIdentifier;

/// The languages the interface is shipped in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    Fr,
    De,
    Es,
    It,
    Nl,
    Pl,
}

impl Language {
    pub const ALL: [Language; 7] =
        [Language::En, Language::Fr, Language::De, Language::Es, Language::It, Language::Nl, Language::Pl];

    /// The BCP 47 tag, as in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Es => "es",
            Language::It => "it",
            Language::Nl => "nl",
            Language::Pl => "pl",
        }
    }

    /// The language's name in itself, as a switcher shows it.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::De => "Deutsch",
            Language::Es => "Español",
            Language::It => "Italiano",
            Language::Nl => "Nederlands",
            Language::Pl => "Polski",
        }
    }

    /// The shipped language of exactly this code (`fr`), as forms and files name them.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The shipped language a tag asks for: `fr`, `fr-BE` and `FR` are French.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Language::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The shipped language a command line's environment asks for: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set decides, as POSIX orders them (`fr_FR.UTF-8` is
    /// French; `C` or a language Cairn does not speak is none).
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
        let setting =
            ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|name| var(name).filter(|v| !v.is_empty()))?;
        Language::from_tag(setting.split(['.', '@']).next()?)
    }

    /// The shipped language an `Accept-Language` header prefers most, if it names one.
    pub fn negotiate(accept_language: &str) -> Option<Language> {
        let mut wanted: Vec<(f32, Language)> = accept_language
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let language = Language::from_tag(parts.next()?)?;
                let quality = parts
                    .filter_map(|p| p.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                (quality > 0.0).then_some((quality, language))
            })
            .collect();
        // A stable sort keeps the header's order among equal qualities.
        wanted.sort_by(|a, b| b.0.total_cmp(&a.0));
        wanted.first().map(|(_, language)| *language)
    }

    /// The language's place in `ALL`, for tables kept per language.
    pub fn index(self) -> usize {
        Language::ALL.iter().position(|l| *l == self).expect("every language is in ALL")
    }
}

/// One catalogue file in every language, in the order of `Language::ALL`.
macro_rules! in_every_language {
    ($file:literal) => {
        [
            (Language::En, include_str!(concat!("../locales/en/", $file))),
            (Language::Fr, include_str!(concat!("../locales/fr/", $file))),
            (Language::De, include_str!(concat!("../locales/de/", $file))),
            (Language::Es, include_str!(concat!("../locales/es/", $file))),
            (Language::It, include_str!(concat!("../locales/it/", $file))),
            (Language::Nl, include_str!(concat!("../locales/nl/", $file))),
            (Language::Pl, include_str!(concat!("../locales/pl/", $file))),
        ]
    };
}

/// The interface catalogues: pages, messages and errors.
pub const SOURCES: [(Language, &str); 7] = in_every_language!("main.ftl");

/// The catalogues of the fixed data (taxonomy, Transition Map, Explore); the English one
/// repeats `assets/*.toml` for translators.
pub const DATA_SOURCES: [(Language, &str); 7] = in_every_language!("data.ftl");

/// The countries' short names (`country-fr`); the English one repeats `countries::COUNTRIES`.
pub const COUNTRY_SOURCES: [(Language, &str); 7] = in_every_language!("countries.ftl");

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// Messages without arguments, formatted once, so `t` can lend them for the program's life.
    plain: HashMap<String, String>,
}

static CATALOGUES: LazyLock<Vec<Catalogue>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .zip(DATA_SOURCES)
        .zip(COUNTRY_SOURCES)
        .map(|(((language, source), (_, data)), (_, countries))| catalogue(*language, &[source, data, countries]))
        .collect()
});

fn catalogue(language: Language, sources: &[&str]) -> Catalogue {
    let tag: LanguageIdentifier = language.code().parse().expect("the shipped codes are valid tags");
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Isolation marks around arguments are for mixing scripts; in HTML they are stray characters.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(figure));
    let mut ids = Vec::new();
    for source in sources {
        // The shipped catalogues are checked by a test; a broken line is skipped, never fatal.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(resource, _)| resource);
        ids.extend(resource.entries().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        }));
        let _ = bundle.add_resource(resource);
    }
    let plain = ids
        .into_iter()
        .filter_map(|id| {
            let pattern = bundle.get_message(&id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            // A message that needs arguments is formatted on each use instead.
            errors.is_empty().then_some((id, text))
        })
        .collect();
    Catalogue { bundle, plain }
}

/// Numbers in messages are written as the rest of the page writes them ("12 300").
fn figure<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(crate::numbers::count(number.value)),
        _ => None,
    }
}

/// The syntax errors of a catalogue's source, for the completeness test.
pub fn syntax_errors(source: &str) -> Vec<String> {
    match FluentResource::try_new(source.to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

tokio::task_local! {
    static LANGUAGE: Cell<Language>;
}

/// A node's default language, for visitors whose browser names none of ours; one per node, so
/// that nodes sharing a process (in tests) keep their own.
#[derive(Debug, Default)]
pub struct DefaultLanguage(AtomicU8);

impl DefaultLanguage {
    pub fn set(&self, language: Language) {
        self.0.store(language.index() as u8, Ordering::Relaxed);
    }

    pub fn get(&self) -> Language {
        Language::ALL[usize::from(self.0.load(Ordering::Relaxed)) % Language::ALL.len()]
    }
}

/// Runs `work` (a request's handling) in `language`, and says the language it ended in (a
/// signed-in person's choice may have narrowed it).
pub async fn in_language<F: Future>(language: Language, work: F) -> (F::Output, Language) {
    LANGUAGE
        .scope(Cell::new(language), async {
            let output = work.await;
            (output, current())
        })
        .await
}

/// Runs `work` (a command line's, before any task runs) in `language`.
pub fn in_language_now<R>(language: Language, work: impl FnOnce() -> R) -> R {
    LANGUAGE.sync_scope(Cell::new(language), work)
}

/// Narrows the current request's language to a person's own choice.
pub fn prefer(language: Language) {
    let _ = LANGUAGE.try_with(|current| current.set(language));
}

/// The language being written in now: English outside a request.
pub fn current() -> Language {
    LANGUAGE.try_with(Cell::get).unwrap_or(Language::En)
}

/// Marks a literal as a message id, in tables whose labels `t` looks up later (and so that the
/// catalogue test sees the id used).
pub const fn msg(id: &'static str) -> &'static str {
    id
}

/// The message `id` in the current language (English when a catalogue lacks it, the id itself
/// when no catalogue has it, which the completeness test forbids).
pub fn t(id: &'static str) -> &'static str {
    let catalogues: &'static [Catalogue] = &CATALOGUES;
    [current(), Language::En]
        .into_iter()
        .find_map(|language| catalogues[language.index()].plain.get(id))
        .map_or(id, String::as_str)
}

/// A fixed datum's text in `language` (`step-political-mandate-title`), if its catalogue has it.
pub fn data_text(language: Language, id: &str) -> Option<&'static str> {
    let catalogues: &'static [Catalogue] = &CATALOGUES;
    catalogues[language.index()].plain.get(id).map(String::as_str)
}

/// Data read once in English and kept in every language (the Transition Map, say): it reads as
/// the version of the language being written in.
pub struct Localized<T: 'static> {
    versions: LazyLock<Vec<T>>,
}

impl<T> Localized<T> {
    /// `build` gives one version per language, in the order of `Language::ALL` (see `versions`).
    pub const fn new(build: fn() -> Vec<T>) -> Localized<T> {
        Localized { versions: LazyLock::new(build) }
    }

    pub fn english(&self) -> &T {
        &self.versions[0]
    }
}

impl<T> std::ops::Deref for Localized<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.versions[current().index()]
    }
}

/// Data whose texts have message ids in the data catalogues (`step-{id}-title`, …).
pub trait Translatable: Clone {
    /// Every text with its message id, in the order of the English data catalogue.
    fn texts_mut(&mut self) -> Vec<(String, &mut String)>;

    /// Each text's message id and English text, as `locales/en/data.ftl` must say them.
    fn english_texts(&self) -> Vec<(String, String)> {
        self.clone().texts_mut().into_iter().map(|(id, text)| (id, text.clone())).collect()
    }
}

/// Every language's version of `english`, in the order of `Language::ALL`: each text its
/// translation where the language's catalogue has one, English otherwise.
pub fn versions<T: Translatable>(english: T) -> Vec<T> {
    Language::ALL
        .into_iter()
        .map(|language| {
            let mut version = english.clone();
            for (id, text) in version.texts_mut() {
                if let Some(translated) = data_text(language, &id) {
                    *text = translated.to_string();
                }
            }
            version
        })
        .collect()
}

/// The message `id` with its arguments: `t_with("resource-count", &[("count", 3.into())])`.
pub fn t_with(id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    for language in [current(), Language::En] {
        let bundle = &CATALOGUES[language.index()].bundle;
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        }
    }
    id.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_most_wanted_shipped_language() {
        assert_eq!(Language::negotiate("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"), Some(Language::Fr));
        assert_eq!(Language::negotiate("pt-BR, de;q=0.3, nl;q=0.6"), Some(Language::Nl));
        assert_eq!(Language::negotiate("en;q=0, pl"), Some(Language::Pl));
        assert_eq!(Language::negotiate("ja, zh"), None);
        assert_eq!(Language::negotiate(""), None);
        assert_eq!(Language::negotiate(";;,q=,de;q=abc"), Some(Language::De));
    }

    #[test]
    fn a_command_line_speaks_what_its_environment_asks_for() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(Language::from_environment(env(&[("LANG", "fr_FR.UTF-8")])), Some(Language::Fr));
        assert_eq!(
            Language::from_environment(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "pl_PL")])),
            Some(Language::Pl)
        );
        assert_eq!(
            Language::from_environment(env(&[("LC_MESSAGES", "de_AT@euro"), ("LANG", "nl")])),
            Some(Language::De)
        );
        assert_eq!(Language::from_environment(env(&[("LC_ALL", ""), ("LANG", "C.UTF-8")])), None);
        assert_eq!(Language::from_environment(env(&[("LANG", "ja_JP.UTF-8")])), None);
        assert_eq!(Language::from_environment(env(&[])), None);
        assert_ne!(in_language_now(Language::It, || t("log-in")), t("log-in"));
    }

    #[tokio::test]
    async fn a_request_reads_its_own_language_and_a_person_may_narrow_it() {
        assert_eq!(current(), Language::En);
        let ((), ended_in) = in_language(Language::De, async {
            assert_eq!(t("log-in"), "Anmelden");
            prefer(Language::Fr);
            assert_eq!(current(), Language::Fr);
        })
        .await;
        assert_eq!(ended_in, Language::Fr);
        assert_eq!(t("log-in"), "Log in");
    }
}
