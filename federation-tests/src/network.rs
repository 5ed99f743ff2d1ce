//! A private test network in production mode: a network namespace made by the test, in which
//! every node is a host of its own (`lyon.test` at 198.18.N.10, …) serving https on port 443
//! with a certificate from a throwaway CA, with `federation.allow_loopback` off. The test process
//! reaches the hosts through a veth pair and is itself the host at 198.18.N.1 (the gateway), where
//! it can run servers of its own (an attacker, say). Names are mapped in the namespace's hosts
//! file (`/etc/netns/NAME/hosts`, which `ip netns exec` puts over `/etc/hosts`).
//!
//! 198.18.0.0/15 is the benchmarking range: not public, so nodes reach it only because each
//! is started with `federation.allowed_networks` naming this network's /24 — the setting an
//! operator uses for nodes inside one private network. Making namespaces needs root (as in CI);
//! elsewhere `TestNetwork::new` says why it cannot and tests skip, except under `CI=true`.

use crate::TestCa;
use std::{
    net::Ipv4Addr,
    process::Command,
    sync::{
        Mutex,
        atomic::{AtomicU8, Ordering},
    },
};

static NETWORKS: AtomicU8 = AtomicU8::new(0);

/// Host names the network's certificate covers.
pub const HOST_NAMES: [&str; 10] = [
    "lyon.test",
    "gent.test",
    "paris.test",
    "turku.test",
    "porto.test",
    "national.test",
    "reader.test",
    "attacker.test",
    "internal.test",
    "relay.test",
];

pub struct TestNetwork {
    namespace: String,
    subnet: u8,
    hosts: Mutex<Vec<(String, String)>>,
    next_host: AtomicU8,
    pub ca: TestCa,
}

fn run(args: &[&str]) -> Result<(), String> {
    let output = Command::new(args[0]).args(&args[1..]).output().map_err(|e| format!("{}: {e}", args.join(" ")))?;
    match output.status.success() {
        true => Ok(()),
        false => Err(format!("{}: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim())),
    }
}

impl TestNetwork {
    /// A new network, or `None` (after saying why) where this machine does not allow one.
    /// Under `CI=true` a network that cannot be made fails the test instead.
    pub fn new() -> Option<TestNetwork> {
        match TestNetwork::try_new() {
            Ok(network) => Some(network),
            Err(why) if std::env::var("CI").is_ok_and(|v| v == "true") => {
                panic!("CI must run the production-mode network tests, but no network namespace: {why}")
            }
            Err(why) => {
                eprintln!("SKIPPED: a production-mode test network needs root and `ip netns` ({why})");
                None
            }
        }
    }

    fn try_new() -> Result<TestNetwork, String> {
        let n = NETWORKS.fetch_add(1, Ordering::SeqCst);
        let pid = std::process::id();
        // A /24 of its own per network, so tests (and test binaries) can run side by side.
        let subnet = ((pid as usize * 7 + n as usize * 13) % 200 + 20) as u8;
        let namespace = format!("cairn-{pid}-{n}");
        let (outer, inner) = (format!("vc{}o{n}", pid % 100_000), format!("vc{}i{n}", pid % 100_000));
        run(&["ip", "netns", "add", &namespace])?;
        let network = TestNetwork {
            namespace: namespace.clone(),
            subnet,
            hosts: Mutex::new(Vec::new()),
            next_host: AtomicU8::new(10),
            ca: TestCa::for_names(&HOST_NAMES),
        };
        let gateway = network.gateway().to_string();
        let inner_address = format!("198.18.{subnet}.2/24");
        let in_ns = |args: &[&str]| {
            let mut all = vec!["ip", "netns", "exec", namespace.as_str()];
            all.extend_from_slice(args);
            run(&all)
        };
        run(&["ip", "link", "add", &outer, "type", "veth", "peer", "name", &inner])?;
        run(&["ip", "link", "set", &inner, "netns", &namespace])?;
        run(&["ip", "addr", "add", &format!("{gateway}/24"), "dev", &outer])?;
        run(&["ip", "link", "set", &outer, "up"])?;
        in_ns(&["ip", "link", "set", "lo", "up"])?;
        in_ns(&["ip", "link", "set", &inner, "up"])?;
        in_ns(&["ip", "addr", "add", &inner_address, "dev", &inner])?;
        in_ns(&["ip", "route", "add", "default", "via", &gateway])?;
        network.write_hosts()?;
        Ok(network)
    }

    /// The test process's own address in the network.
    pub fn gateway(&self) -> Ipv4Addr {
        Ipv4Addr::new(198, 18, self.subnet, 1)
    }

    /// The CIDR block nodes are told to allow.
    pub fn allowed_networks(&self) -> String {
        format!("[\"198.18.{}.0/24\"]", self.subnet)
    }

    /// A new host inside the namespace, named `name`; returns its address.
    pub fn add_host(&self, name: &str) -> Ipv4Addr {
        let address = Ipv4Addr::new(198, 18, self.subnet, self.next_host.fetch_add(1, Ordering::SeqCst));
        self.exec(&["ip", "addr", "add", &format!("{address}/32"), "dev", "lo"]);
        self.map(name, &address.to_string());
        address
    }

    /// Adds an address to the namespace without a name (an "internal" one, say).
    pub fn add_address(&self, address: &str) {
        self.exec(&["ip", "addr", "add", address, "dev", "lo"]);
    }

    /// Makes `name` resolve to `address` inside the namespace.
    pub fn map(&self, name: &str, address: &str) {
        self.hosts.lock().unwrap().push((name.to_string(), address.to_string()));
        self.write_hosts().unwrap();
    }

    fn hosts_file(&self) -> std::path::PathBuf {
        std::path::PathBuf::from(format!("/etc/netns/{}/hosts", self.namespace))
    }

    fn write_hosts(&self) -> Result<(), String> {
        let mut text = String::from("127.0.0.1 localhost\n::1 localhost\n");
        for (name, address) in self.hosts.lock().unwrap().iter() {
            text.push_str(&format!("{address} {name}\n"));
        }
        let file = self.hosts_file();
        std::fs::create_dir_all(file.parent().unwrap()).map_err(|e| format!("{}: {e}", file.display()))?;
        // Rewritten in place: processes already running see the same file.
        std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))
    }

    fn exec(&self, args: &[&str]) {
        let mut all = vec!["ip", "netns", "exec", self.namespace.as_str()];
        all.extend_from_slice(args);
        run(&all).unwrap();
    }

    pub fn namespace(&self) -> &str {
        &self.namespace
    }

    /// A client for the test process: trusts the network's CA and finds every host by name.
    pub fn client(&self) -> reqwest::ClientBuilder {
        let mut builder = reqwest::Client::builder().add_root_certificate(self.ca.reqwest_root()).no_proxy();
        for (name, address) in self.hosts.lock().unwrap().iter() {
            if let Ok(ip) = address.parse::<std::net::IpAddr>() {
                builder = builder.resolve(name, std::net::SocketAddr::new(ip, 443));
            }
        }
        builder
    }
}

impl Drop for TestNetwork {
    fn drop(&mut self) {
        // Whatever still runs inside goes first; deleting the namespace removes the veth pair.
        if let Ok(output) = Command::new("ip").args(["netns", "pids", &self.namespace]).output() {
            for pid in String::from_utf8_lossy(&output.stdout).split_whitespace() {
                let _ = Command::new("kill").args(["-9", pid]).status();
            }
        }
        let _ = run(&["ip", "netns", "del", &self.namespace]);
        let _ = std::fs::remove_dir_all(self.hosts_file().parent().unwrap());
    }
}
