/*
 * capabilities: a licence checker decodes a base64 licence blob with
 * OpenSSL's EVP_DecodeBlock and prints the licensee. Decoding is recorded as
 * a capability; nothing decoded is run or connected to, so no behaviour
 * applies. (OpenSSL is declared here; its headers are not installed.)
 */
#include <stdio.h>
#include <string.h>

int EVP_DecodeBlock(unsigned char *t, const unsigned char *f, int n);

static const char kLicence[] = "QWNtZSBDb3JwIC0gc2l0ZSBsaWNlbmNl";

int main(void)
{
    unsigned char out[64];
    int n = EVP_DecodeBlock(out, (const unsigned char *)kLicence, (int)strlen(kLicence));
    if (n <= 0)
        return 1;
    out[n < 63 ? n : 63] = '\0';
    printf("licensed to: %s\n", (const char *)out);
    return 0;
}
