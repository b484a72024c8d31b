/*
 * behavior.obfuscated-execution, safe look-alike: a command written as a
 * plain literal is converted to UTF-16LE one code unit at a time (low byte,
 * then high byte, by shifts and masks) before it is run, the way text
 * encoders and number serialisers write bytes. Nothing is hidden: shifted
 * and masked bytes are a decoding only in a base64 decoder.
 */
#include <stddef.h>
#include <wchar.h>

int _wsystem(const wchar_t *command);

static void to_utf16le(const char *in, unsigned char *out, size_t cap)
{
    size_t j = 0;
    for (; *in && j + 3 < cap; in++) {
        unsigned c = (unsigned char)*in;
        out[j++] = (unsigned char)(c & 0xff);
        out[j++] = (unsigned char)((c >> 8) & 0xff);
    }
    out[j++] = 0;
    out[j] = 0;
}

int main(void)
{
    unsigned char wide[128];
    to_utf16le("ipconfig /all", wide, sizeof wide);
    return _wsystem((const wchar_t *)wide);
}
