//! The server's settings, layered with the `config` crate, later layers winning:
//! the embedded `defaults.toml`, then the optional `--config FILE` (TOML), then the
//! `GREENROOM_DB`, `GREENROOM_LISTEN` and `GREENROOM_LOG` environment variables,
//! then the `--db`, `--listen` and `--log` flags. The result is checked into a typed
//! [`Settings`].

use std::{net::SocketAddr, path::PathBuf};

use clap::Parser;
use config::{Config, Environment, File, FileFormat, Map};
use serde::Deserialize;
use tracing_subscriber::EnvFilter;

/// The embedded defaults, the lowest layer.
pub const DEFAULTS: &str = include_str!("defaults.toml");

/// The environment variables read, each overriding the key after the prefix.
pub const ENV_VARS: [&str; 3] = ["GREENROOM_DB", "GREENROOM_LISTEN", "GREENROOM_LOG"];

/// Command-line flags of `greenroom-server`.
#[derive(Clone, Debug, Default, Parser)]
#[command(
    name = "greenroom-server",
    version,
    about = "Serves the Greenroom store over gRPC (greenroom.v1, health, reflection)"
)]
pub struct Cli {
    /// A TOML file with any of `db`, `listen`, `log`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The store folder [env: GREENROOM_DB] [default: data/greenroom-db].
    #[arg(long, value_name = "DIR")]
    pub db: Option<String>,
    /// The address to listen on, IP:PORT [env: GREENROOM_LISTEN] [default: 127.0.0.1:50051].
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
    /// A tracing filter, e.g. "debug" [env: GREENROOM_LOG] [default: info].
    #[arg(long, value_name = "FILTER")]
    pub log: Option<String>,
}

/// Checked settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The store folder.
    pub db: PathBuf,
    /// The address to listen on.
    pub listen: SocketAddr,
    /// A tracing-subscriber `EnvFilter` directive, known to parse.
    pub log: String,
}

/// Why the settings could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// A layer could not be read or has an unknown key or a wrong type.
    #[error("configuration: {0}")]
    Config(#[from] config::ConfigError),
    /// An environment variable holds bytes that are not UTF-8.
    #[error("environment variable {0} is not valid UTF-8")]
    NotUnicode(&'static str),
    /// `db` is empty.
    #[error("db: must not be empty")]
    EmptyDb,
    /// `listen` is not an IP:PORT.
    #[error(
        "listen: {value:?} is not a socket address (IP:PORT, e.g. 127.0.0.1:50051 or [::1]:50051): {reason}"
    )]
    Listen {
        /// The value given.
        value: String,
        /// The parser's complaint.
        reason: String,
    },
    /// `log` is not a tracing filter.
    #[error(
        "log: {value:?} is not a tracing filter (e.g. \"info\" or \"greenroom_server=debug,info\"): {reason}"
    )]
    Log {
        /// The value given.
        value: String,
        /// The parser's complaint.
        reason: String,
    },
}

/// The file layer's and the merged shape; unknown keys are refused.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    db: String,
    listen: String,
    log: String,
}

impl Settings {
    /// Loads the settings from the process: flags, environment, the file they name.
    /// Bad flags print clap's usage and exit, as clap does.
    pub fn from_process() -> Result<Settings, SettingsError> {
        Settings::load(&Cli::parse(), process_environment()?)
    }

    /// Layers defaults, `cli.config`, `env` (only the [`ENV_VARS`] in it; other
    /// variables are ignored, empty ones count as unset) and the flags of `cli`, then
    /// checks the result.
    pub fn load(
        cli: &Cli,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Settings, SettingsError> {
        let env: Map<String, String> = env
            .into_iter()
            .filter(|(name, _)| ENV_VARS.contains(&name.as_str()))
            .collect();
        let mut builder = Config::builder().add_source(File::from_str(DEFAULTS, FileFormat::Toml));
        if let Some(path) = &cli.config {
            builder = builder.add_source(
                File::from(path.as_path())
                    .format(FileFormat::Toml)
                    .required(true),
            );
        }
        let raw: Raw = builder
            .add_source(
                Environment::with_prefix("GREENROOM")
                    .ignore_empty(true)
                    .source(Some(env)),
            )
            .set_override_option("db", cli.db.clone())?
            .set_override_option("listen", cli.listen.clone())?
            .set_override_option("log", cli.log.clone())?
            .build()?
            .try_deserialize()?;
        raw.check()
    }
}

impl Raw {
    fn check(self) -> Result<Settings, SettingsError> {
        if self.db.trim().is_empty() {
            return Err(SettingsError::EmptyDb);
        }
        let listen =
            self.listen
                .trim()
                .parse::<SocketAddr>()
                .map_err(|error| SettingsError::Listen {
                    value: self.listen.clone(),
                    reason: error.to_string(),
                })?;
        if let Err(error) = EnvFilter::try_new(&self.log) {
            return Err(SettingsError::Log {
                value: self.log,
                reason: error.to_string(),
            });
        }
        Ok(Settings {
            db: PathBuf::from(self.db),
            listen,
            log: self.log,
        })
    }
}

/// The [`ENV_VARS`] set in this process.
fn process_environment() -> Result<Vec<(String, String)>, SettingsError> {
    let mut found = Vec::new();
    for name in ENV_VARS {
        match std::env::var(name) {
            Ok(value) => found.push((name.to_owned(), value)),
            Err(std::env::VarError::NotPresent) => {}
            Err(std::env::VarError::NotUnicode(_)) => return Err(SettingsError::NotUnicode(name)),
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn config_file(text: &str) -> tempfile::NamedTempFile {
        // No .toml extension on purpose: the format is TOML whatever the name.
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(text.as_bytes()).unwrap();
        file
    }

    fn cli(args: &[&str]) -> Cli {
        Cli::try_parse_from(std::iter::once("greenroom-server").chain(args.iter().copied()))
            .unwrap()
    }

    #[test]
    fn defaults_apply_alone() {
        let settings = Settings::load(&Cli::default(), []).unwrap();
        assert_eq!(
            settings,
            Settings {
                db: PathBuf::from("data/greenroom-db"),
                listen: "127.0.0.1:50051".parse().unwrap(),
                log: "info".into(),
            }
        );
    }

    #[test]
    fn file_overrides_defaults_and_keeps_the_rest() {
        let file = config_file("listen = \"0.0.0.0:6000\"\n");
        let settings =
            Settings::load(&cli(&["--config", file.path().to_str().unwrap()]), []).unwrap();
        assert_eq!(settings.listen, "0.0.0.0:6000".parse().unwrap());
        assert_eq!(settings.db, PathBuf::from("data/greenroom-db"));
        assert_eq!(settings.log, "info");
    }

    #[test]
    fn env_overrides_file_and_flags_override_env() {
        let file = config_file("db = \"file-db\"\nlisten = \"127.0.0.1:1\"\nlog = \"warn\"\n");
        let path = file.path().to_str().unwrap();
        let environment = env(&[
            ("GREENROOM_LISTEN", "127.0.0.1:2"),
            ("GREENROOM_LOG", "debug"),
        ]);

        let settings = Settings::load(&cli(&["--config", path]), environment.clone()).unwrap();
        assert_eq!(settings.db, PathBuf::from("file-db"));
        assert_eq!(settings.listen, "127.0.0.1:2".parse().unwrap());
        assert_eq!(settings.log, "debug");

        let settings = Settings::load(
            &cli(&["--config", path, "--log", "trace", "--db", "flag-db"]),
            environment,
        )
        .unwrap();
        assert_eq!(settings.db, PathBuf::from("flag-db"));
        assert_eq!(settings.listen, "127.0.0.1:2".parse().unwrap());
        assert_eq!(settings.log, "trace");
    }

    #[test]
    fn flags_override_defaults() {
        let settings = Settings::load(
            &cli(&[
                "--db",
                "/srv/db",
                "--listen",
                "[::1]:7000",
                "--log",
                "greenroom_server=debug",
            ]),
            [],
        )
        .unwrap();
        assert_eq!(settings.db, PathBuf::from("/srv/db"));
        assert_eq!(settings.listen, "[::1]:7000".parse().unwrap());
        assert_eq!(settings.log, "greenroom_server=debug");
    }

    #[test]
    fn only_known_variables_are_read_and_empty_ones_are_unset() {
        let settings = Settings::load(
            &Cli::default(),
            env(&[
                ("GREENROOM_DB", "env-db"),
                ("GREENROOM_LOG", ""),
                ("GREENROOM_UNRELATED", "x"),
                ("LISTEN", "nonsense"),
            ]),
        )
        .unwrap();
        assert_eq!(settings.db, PathBuf::from("env-db"));
        assert_eq!(settings.log, "info");
    }

    #[test]
    fn a_bad_listen_address_is_a_clear_error() {
        for source in [
            Settings::load(&cli(&["--listen", "localhost"]), []),
            Settings::load(&Cli::default(), env(&[("GREENROOM_LISTEN", "50051")])),
        ] {
            let error = source.unwrap_err();
            assert!(matches!(error, SettingsError::Listen { .. }), "{error:?}");
            assert!(error.to_string().starts_with("listen: "), "{error}");
        }
    }

    #[test]
    fn a_bad_log_filter_is_a_clear_error() {
        let error = Settings::load(&cli(&["--log", "greenroom=[{"]), []).unwrap_err();
        assert!(matches!(error, SettingsError::Log { .. }), "{error:?}");
        assert!(error.to_string().starts_with("log: "), "{error}");
    }

    #[test]
    fn an_empty_db_is_refused() {
        let error = Settings::load(&cli(&["--db", " "]), []).unwrap_err();
        assert!(matches!(error, SettingsError::EmptyDb), "{error:?}");
    }

    #[test]
    fn file_errors_are_reported() {
        let missing =
            Settings::load(&cli(&["--config", "/nonexistent/greenroom.toml"]), []).unwrap_err();
        assert!(matches!(missing, SettingsError::Config(_)), "{missing:?}");

        let typo = config_file("lisen = \"127.0.0.1:1\"\n");
        let error =
            Settings::load(&cli(&["--config", typo.path().to_str().unwrap()]), []).unwrap_err();
        assert!(error.to_string().contains("lisen"), "{error}");

        let garbage = config_file("this is not toml");
        let error =
            Settings::load(&cli(&["--config", garbage.path().to_str().unwrap()]), []).unwrap_err();
        assert!(matches!(error, SettingsError::Config(_)), "{error:?}");
    }
}
