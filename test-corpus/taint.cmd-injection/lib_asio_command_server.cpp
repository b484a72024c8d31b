// taint.cmd-injection with Boost.Asio: a maintenance server that runs what
// clients send, received with read, async_read, read_some, receive and a
// UDP receive_from. Look-alikes receive the same way but only
// check the request and run fixed commands. Boost.Asio is declared here,
// shaped as in the real headers.
#include <cstddef>
#include <cstdlib>
#include <cstring>

namespace boost { namespace asio {
class mutable_buffer {
public:
  mutable_buffer(void *data, std::size_t size);
};
mutable_buffer buffer(void *data, std::size_t size);
template <typename Protocol> class basic_stream_socket {
public:
  template <typename MutableBufferSequence> std::size_t read_some(const MutableBufferSequence &buffers);
  template <typename MutableBufferSequence> std::size_t receive(const MutableBufferSequence &buffers);
};
template <typename Protocol> class basic_datagram_socket {
public:
  template <typename MutableBufferSequence>
  std::size_t receive_from(const MutableBufferSequence &buffers, typename Protocol::endpoint &from);
};
template <typename SyncReadStream, typename MutableBufferSequence>
std::size_t read(SyncReadStream &s, const MutableBufferSequence &buffers);
template <typename AsyncReadStream, typename MutableBufferSequence, typename ReadToken>
void async_read(AsyncReadStream &s, const MutableBufferSequence &buffers, ReadToken &&token);
namespace ip {
class tcp { public: typedef basic_stream_socket<tcp> socket; };
class udp { public: class endpoint {}; typedef basic_datagram_socket<udp> socket; };
} // namespace ip
}} // namespace boost::asio

namespace net = boost::asio;
using net::ip::tcp;
using net::ip::udp;

static char pending[256];

void on_command(int error, std::size_t n)
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
