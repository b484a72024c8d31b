// blind-expect: none
// Computes an Adler-32 checksum over an embedded firmware chunk and each file given on the command line.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

static std::uint32_t adler32(const std::vector<std::uint8_t> &data)
{
    std::uint32_t a = 1, b = 0;
    for (std::uint8_t byte : data) {
        a = (a + byte) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

static const std::vector<std::uint8_t> kFirmwareChunk = {
    0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x5a, 0x13, 0x99, 0xc4,
    0x10, 0x20, 0x30, 0x40, 0x8e, 0x7d, 0x6c, 0x5b, 0x00, 0xff, 0x00, 0xff,
};

int main(int argc, char **argv)
{
    std::printf("embedded chunk: %08x\n", adler32(kFirmwareChunk));
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::cerr << "cannot open " << argv[i] << '\n';
            continue;
        }
        std::vector<std::uint8_t> data((std::istreambuf_iterator<char>(in)),
                                       std::istreambuf_iterator<char>());
        std::printf("%s: %08x (%zu bytes)\n", argv[i], adler32(data), data.size());
    }
    return 0;
}
