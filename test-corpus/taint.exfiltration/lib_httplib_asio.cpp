// taint.exfiltration with cpp-httplib and Boost.Asio: secrets and file
// contents sent as request bodies or socket writes, and network replies run
// as commands, next to constant requests. It includes httplib.h and
// boost/asio.hpp (Sluice's bundled declarations serve them when the
// libraries are not installed).
#include <boost/asio.hpp>
#include <cstdlib>
#include <fstream>
#include <httplib.h>
#include <string>

using Socket = boost::asio::ip::tcp::socket;

bool upload_token(httplib::Client &cli)
{
    const char *tok = std::getenv("SERVICE_TOKEN");
    auto r = cli.Post("/v1/register", std::string(tok ? tok : ""), "text/plain"); // $ Alert[taint.exfiltration]
    return r != nullptr;
}

bool upload_config(httplib::Client &cli)
{
    std::ifstream in("/etc/app/app.conf");
    std::string text, line;
    while (std::getline(in, line))
        text += line + "\n";
    return cli.Put("/v1/config", text, "text/plain") != nullptr; // $ Alert[taint.exfiltration]
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
    return r != nullptr && g != nullptr;
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
