//! A plain TCP load balancer, as in front of several `cairn serve` processes: each connection
//! goes to the next backend in turn, or to the one after if that one does not answer.

use std::sync::{
    Arc, Mutex,
    atomic::{AtomicUsize, Ordering},
};
use tokio::net::{TcpListener, TcpStream};

pub struct Balancer {
    pub port: u16,
    backends: Arc<Mutex<Vec<u16>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Balancer {
    /// Listens on a free loopback port; connections are refused until backends are set.
    pub async fn start() -> Balancer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let backends: Arc<Mutex<Vec<u16>>> = Arc::default();
        let next = Arc::new(AtomicUsize::new(0));
        let shared = backends.clone();
        let task = tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                let ports = shared.lock().unwrap().clone();
                let first = next.fetch_add(1, Ordering::Relaxed);
                tokio::spawn(async move {
                    for n in 0..ports.len() {
                        let port = ports[(first + n) % ports.len()];
                        if let Ok(mut backend) = TcpStream::connect(("127.0.0.1", port)).await {
                            let _ = tokio::io::copy_bidirectional(&mut client, &mut backend).await;
                            return;
                        }
                    }
                });
            }
        });
        Balancer { port, backends, task }
    }

    pub fn set_backends(&self, ports: Vec<u16>) {
        *self.backends.lock().unwrap() = ports;
    }

    /// The `host:port` clients (and the nodes' ids) use.
    pub fn domain(&self) -> String {
        format!("localhost:{}", self.port)
    }
}

impl Drop for Balancer {
    fn drop(&mut self) {
        self.task.abort();
    }
}
