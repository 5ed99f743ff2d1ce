//! A throwaway certificate authority, made with the `openssl` command for one test: a CA and a
//! certificate for `localhost` / `127.0.0.1` signed by it, so Cairn serves real https that
//! clients trust only when told to (`SSL_CERT_FILE`, `NODE_EXTRA_CA_CERTS`, a root in reqwest).

use std::{path::PathBuf, process::Command};

pub struct TestCa {
    dir: tempfile::TempDir,
}

impl TestCa {
    pub fn new() -> TestCa {
        TestCa::with_alt_names("DNS:localhost,IP:127.0.0.1")
    }

    /// A CA whose server certificate is for these host names.
    pub fn for_names(names: &[&str]) -> TestCa {
        TestCa::with_alt_names(&names.iter().map(|n| format!("DNS:{n}")).collect::<Vec<_>>().join(","))
    }

    fn with_alt_names(alt_names: &str) -> TestCa {
        let dir = tempfile::tempdir().unwrap();
        let ca = TestCa { dir };
        let extensions = ca.path("leaf.ext");
        std::fs::write(
            &extensions,
            "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n\
             extendedKeyUsage=serverAuth\n"
                .to_string()
                + &format!("subjectAltName={alt_names}\n"),
        )
        .unwrap();
        let steps: [&[&str]; 3] = [
            &[
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=Cairn test CA",
                "-keyout",
                "ca.key",
                "-out",
                "ca.pem",
            ],
            &[
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-subj",
                "/CN=localhost",
                "-keyout",
                "key.pem",
                "-out",
                "leaf.csr",
            ],
            &[
                "x509",
                "-req",
                "-in",
                "leaf.csr",
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "leaf.ext",
                "-out",
                "cert.pem",
            ],
        ];
        for args in steps {
            let output = Command::new("openssl").args(args).current_dir(ca.dir.path()).output().expect("openssl runs");
            assert!(output.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&output.stderr));
        }
        ca
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The CA certificate clients are told to trust.
    pub fn ca_pem(&self) -> PathBuf {
        self.path("ca.pem")
    }

    /// The server certificate (for `localhost` and `127.0.0.1`) and its key.
    pub fn cert_pem(&self) -> PathBuf {
        self.path("cert.pem")
    }

    pub fn key_pem(&self) -> PathBuf {
        self.path("key.pem")
    }

    pub fn reqwest_root(&self) -> reqwest::Certificate {
        reqwest::Certificate::from_pem(&std::fs::read(self.ca_pem()).unwrap()).unwrap()
    }
}

impl Default for TestCa {
    fn default() -> Self {
        TestCa::new()
    }
}
