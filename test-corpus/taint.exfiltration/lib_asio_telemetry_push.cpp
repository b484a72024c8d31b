// taint.exfiltration with Boost.Asio: a telemetry agent that pushes a token
// and a config file over TCP (write, async_write, write_some, send) and an
// API key over UDP (send_to). Look-alikes send fixed heartbeats the same
// ways. It includes boost/asio.hpp (Sluice's bundled declarations serve it
// when Boost is not installed).
#include <cstddef>
#include <boost/asio.hpp>
#include <cstdlib>
#include <fstream>
#include <string>

namespace net = boost::asio;
using net::ip::tcp;
using net::ip::udp;

void on_sent(const boost::system::error_code &error, std::size_t bytes);

void push_token(tcp::socket &sock)
{
    const char *tok = std::getenv("TELEMETRY_TOKEN");
    std::string auth = std::string("AUTH ") + (tok ? tok : "") + "\n";
    net::write(sock, net::buffer(auth)); // $ Alert[taint.exfiltration]
    sock.send(net::buffer(auth.data(), auth.size())); // $ Alert[taint.exfiltration]
}

void push_config(tcp::socket &sock)
{
    std::ifstream in("/etc/agent/agent.conf");
    std::string cfg, line;
    while (std::getline(in, line))
        cfg += line + "\n";
    std::size_t n = sock.write_some(net::buffer(cfg)); // $ Alert[taint.exfiltration]
    net::async_write(sock, net::buffer(cfg.data() + n, cfg.size() - n), on_sent); // $ Alert[taint.exfiltration]
}

void push_key_udp(udp::socket &sock, const udp::endpoint &collector)
{
    const char *key = std::getenv("METRICS_API_KEY");
    if (key)
        sock.send_to(net::buffer(key, std::string(key).size()), collector); // $ Alert[taint.exfiltration]
}

void heartbeat(tcp::socket &sock, udp::socket &dgram, const udp::endpoint &collector)
{
    static const std::string beat = "BEAT\n";
    net::write(sock, net::buffer(beat));
    net::async_write(sock, net::buffer(beat), on_sent);
    sock.write_some(net::buffer("PING\n", 5));
    sock.send(net::buffer(beat.data(), beat.size()));
    dgram.send_to(net::buffer("up", 2), collector);
}
