// behavior.obfuscated-execution, safe look-alike: a firmware tool unpacks a
// hex string (bits combined per character) into bytes and writes them to an
// output file, then runs a fixed command to list the folder. Nothing it
// decodes is run, loaded or resolved.
#include <cstdio>
#include <cstdlib>
#include <string>

static int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return 0;
}

static std::string fromHex(const std::string &hex)
{
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        out.push_back(static_cast<char>((nibble(hex[i]) << 4) | nibble(hex[i + 1])));
    return out;
}

int main(int argc, char **argv)
{
    if (argc < 3)
        return 2;
    std::string image = fromHex(argv[1]);
    FILE *f = std::fopen("firmware.bin", "wb");
    if (!f)
        return 1;
    std::fwrite(image.data(), 1, image.size(), f);
    std::fclose(f);
    return std::system("ls -l firmware.bin");
}
