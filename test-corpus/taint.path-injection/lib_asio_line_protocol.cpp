// taint.path-injection with Boost.Asio's read_until: a line-based file
// server that opens the file named by the client's request line, read into
// a boost::asio::streambuf or into a std::string through dynamic_buffer.
// The look-alike reads a command line the same way but opens a fixed file.
// Boost.Asio is declared here, shaped as in the real headers.
#include <cstddef>
#include <fstream>
#include <istream>
#include <memory>
#include <string>

namespace boost { namespace asio {
template <typename Allocator = std::allocator<char>>
class basic_streambuf : public std::streambuf {
public:
  std::size_t size() const;
};
typedef basic_streambuf<> streambuf;
template <typename Elem, typename Traits, typename Allocator> class dynamic_string_buffer {
public:
  explicit dynamic_string_buffer(std::basic_string<Elem, Traits, Allocator> &s);
};
template <typename Elem, typename Traits, typename Allocator>
dynamic_string_buffer<Elem, Traits, Allocator> dynamic_buffer(std::basic_string<Elem, Traits, Allocator> &data);
template <typename Protocol> class basic_stream_socket {};
template <typename SyncReadStream, typename Allocator>
std::size_t read_until(SyncReadStream &s, basic_streambuf<Allocator> &b, char delim);
template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read_until(SyncReadStream &s, DynamicBuffer &&buffers, const std::string &delim);
namespace ip {
class tcp { public: typedef basic_stream_socket<tcp> socket; };
} // namespace ip
}} // namespace boost::asio

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
