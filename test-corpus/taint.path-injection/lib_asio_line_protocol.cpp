// taint.path-injection with Boost.Asio's read_until: a line-based file
// server that opens the file named by the client's request line, read into
// a boost::asio::streambuf or into a std::string through dynamic_buffer.
// The look-alike reads a command line the same way but opens a fixed file.
// It includes boost/asio.hpp (Sluice's bundled declarations serve it when
// Boost is not installed).
#include <cstddef>
#include <boost/asio.hpp>
#include <fstream>
#include <istream>
#include <memory>
#include <string>

using boost::asio::ip::tcp;

bool serve_file(tcp::socket &sock, std::string &out)
{
    boost::asio::streambuf request;
    boost::asio::read_until(sock, request, '\n');
    std::istream is(&request);
    std::string name;
    std::getline(is, name);
    std::ifstream in("/srv/files/" + name); // $ Alert[taint.path-injection]
    return static_cast<bool>(std::getline(in, out));
}

bool serve_file_v2(tcp::socket &sock, std::string &out)
{
    std::string request;
    boost::asio::read_until(sock, boost::asio::dynamic_buffer(request), "\r\n");
    std::string name = request.substr(0, request.find("\r\n"));
    std::ifstream in("/srv/files/" + name); // $ Alert[taint.path-injection]
    return static_cast<bool>(std::getline(in, out));
}

bool serve_motd(tcp::socket &sock, std::string &out)
{
    boost::asio::streambuf request;
    boost::asio::read_until(sock, request, '\n');
    std::istream is(&request);
    std::string cmd;
    std::getline(is, cmd);
    if (cmd != "MOTD")
        return false;
    std::ifstream in("/srv/files/motd.txt");
    return static_cast<bool>(std::getline(in, out));
}
