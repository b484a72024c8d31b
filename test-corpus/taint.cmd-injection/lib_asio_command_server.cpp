// taint.cmd-injection with Boost.Asio: a maintenance server that runs what
// clients send, received with read, async_read, read_some, receive and a
// UDP receive_from. Look-alikes receive the same way but only
// check the request and run fixed commands. It includes boost/asio.hpp
// (Sluice's bundled declarations serve it when Boost is not installed).
#include <cstddef>
#include <boost/asio.hpp>
#include <cstdlib>
#include <cstring>

namespace net = boost::asio;
using net::ip::tcp;
using net::ip::udp;

static char pending[256];

void on_command(const boost::system::error_code &error, std::size_t n)
{
    if (!error && n < sizeof(pending))
        std::system(pending); // $ Alert[taint.cmd-injection]
}

void serve_async(tcp::socket &sock)
{
    std::memset(pending, 0, sizeof(pending));
    net::async_read(sock, net::buffer(pending, sizeof(pending) - 1), on_command);
}

int serve_fixed_size(tcp::socket &sock)
{
    char cmd[128] = {0};
    char post[128] = {0};
    net::read(sock, net::buffer(cmd, sizeof(cmd) - 1));
    if (std::system(cmd) != 0) // $ Alert[taint.cmd-injection]
        return -1;
    sock.receive(net::buffer(post, sizeof(post) - 1));
    return std::system(post); // $ Alert[taint.cmd-injection]
}

int serve_datagram(udp::socket &sock)
{
    char cmd[512] = {0};
    udp::endpoint from;
    sock.receive_from(net::buffer(cmd, sizeof(cmd) - 1), from);
    return std::system(cmd); // $ Alert[taint.cmd-injection]
}

int serve_menu(tcp::socket &sock, udp::socket &dgram)
{
    char req[16] = {0};
    udp::endpoint from;
    sock.read_some(net::buffer(req, sizeof(req) - 1));
    net::read(sock, net::buffer(req, 1));
    dgram.receive_from(net::buffer(req, sizeof(req) - 1), from);
    if (std::strcmp(req, "disk") == 0)
        return std::system("df -h");
    return std::system("uptime");
}
