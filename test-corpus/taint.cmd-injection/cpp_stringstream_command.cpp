// taint.cmd-injection (C++ library): commands built with std::ostringstream
// and std::stringstream. Tainted values written with operator<< end up in
// str(); a std::stringstream parsed with operator>> / std::getline passes
// the taint on to the extracted words. Look-alikes: a stream that only
// receives literals and a constant integer, and one whose tainted content
// is discarded with str("") before literals are written.
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <sys/types.h>

int backup_database()
{
    const char *db = std::getenv("DB_NAME");
    std::ostringstream os;
    os << "pg_dump " << (db ? db : "app") << " | gzip > /var/backups/db.gz";
    return std::system(os.str().c_str()); // $ Alert[taint.cmd-injection]
}

int handle_control_message(int sock)
{
    char buf[256];
    ssize_t n = ::recv(sock, buf, sizeof(buf) - 1, 0);
    if (n <= 0)
        return -1;
    buf[n] = '\0';
    std::stringstream ss(buf);
    std::string verb, arg;
    ss >> verb >> arg;
    const std::string cmd = "service-ctl " + verb + " " + arg;
    return std::system(cmd.c_str()); // $ Alert[taint.cmd-injection]
}

int run_pipeline()
{
    std::stringstream ss;
    const char *stages = std::getenv("PIPELINE");
    ss << (stages ? stages : "cat");
    std::string first;
    std::getline(ss, first, '|');
    std::FILE *p = ::popen(first.c_str(), "r"); // $ Alert[taint.cmd-injection]
    return p ? ::pclose(p) : -1;
}

int compress_logs()
{
    std::ostringstream os;
    const int level = 9;
    os << "gzip -" << level << " /var/log/app/*.log";
    return std::system(os.str().c_str());
}

int reset_firewall()
{
    std::ostringstream os;
    const char *extra = std::getenv("FW_EXTRA");
    os << "iptables -F " << (extra ? extra : "");
    std::fprintf(stderr, "ignored: %s\n", os.str().c_str());
    os.str("");
    os << "iptables-restore < /etc/iptables/rules.v4";
    return std::system(os.str().c_str());
}
