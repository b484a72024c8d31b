// Sluice bundled declarations for OpenSSL (openssl/asn1.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_ASN1_H
#define SLUICE_STUB_OPENSSL_ASN1_H

#include <time.h>
#include <openssl/types.h>
#include <openssl/bio.h>
#include <openssl/bn.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- tags and classes ---- */
#define V_ASN1_UNIVERSAL 0x00
#define V_ASN1_APPLICATION 0x40
#define V_ASN1_CONTEXT_SPECIFIC 0x80
#define V_ASN1_PRIVATE 0xc0
#define V_ASN1_CONSTRUCTED 0x20
#define V_ASN1_PRIMITIVE_TAG 0x1f
#define V_ASN1_PRIMATIVE_TAG V_ASN1_PRIMITIVE_TAG
#define V_ASN1_APP_CHOOSE -2
#define V_ASN1_OTHER -3
#define V_ASN1_ANY -4
#define V_ASN1_UNDEF -1
#define V_ASN1_EOC 0
#define V_ASN1_BOOLEAN 1
#define V_ASN1_INTEGER 2
#define V_ASN1_BIT_STRING 3
#define V_ASN1_OCTET_STRING 4
#define V_ASN1_NULL 5
#define V_ASN1_OBJECT 6
#define V_ASN1_OBJECT_DESCRIPTOR 7
#define V_ASN1_EXTERNAL 8
#define V_ASN1_REAL 9
#define V_ASN1_ENUMERATED 10
#define V_ASN1_UTF8STRING 12
#define V_ASN1_SEQUENCE 16
#define V_ASN1_SET 17
#define V_ASN1_NUMERICSTRING 18
#define V_ASN1_PRINTABLESTRING 19
#define V_ASN1_T61STRING 20
#define V_ASN1_TELETEXSTRING 20
#define V_ASN1_VIDEOTEXSTRING 21
#define V_ASN1_IA5STRING 22
#define V_ASN1_UTCTIME 23
#define V_ASN1_GENERALIZEDTIME 24
#define V_ASN1_GRAPHICSTRING 25
#define V_ASN1_ISO64STRING 26
#define V_ASN1_VISIBLESTRING 26
#define V_ASN1_GENERALSTRING 27
#define V_ASN1_UNIVERSALSTRING 28
#define V_ASN1_BMPSTRING 30
#define V_ASN1_NEG 0x100
#define V_ASN1_NEG_INTEGER (2 | V_ASN1_NEG)
#define V_ASN1_NEG_ENUMERATED (10 | V_ASN1_NEG)
#define B_ASN1_NUMERICSTRING 0x0001
#define B_ASN1_PRINTABLESTRING 0x0002
#define B_ASN1_T61STRING 0x0004
#define B_ASN1_TELETEXSTRING 0x0004
#define B_ASN1_VIDEOTEXSTRING 0x0008
#define B_ASN1_IA5STRING 0x0010
#define B_ASN1_GRAPHICSTRING 0x0020
#define B_ASN1_ISO64STRING 0x0040
#define B_ASN1_VISIBLESTRING 0x0040
#define B_ASN1_GENERALSTRING 0x0080
#define B_ASN1_UNIVERSALSTRING 0x0100
#define B_ASN1_OCTET_STRING 0x0200
#define B_ASN1_BIT_STRING 0x0400
#define B_ASN1_BMPSTRING 0x0800
#define B_ASN1_UNKNOWN 0x1000
#define B_ASN1_UTF8STRING 0x2000
#define B_ASN1_UTCTIME 0x4000
#define B_ASN1_GENERALIZEDTIME 0x8000
#define B_ASN1_SEQUENCE 0x10000
#define MBSTRING_FLAG 0x1000
#define MBSTRING_UTF8 (MBSTRING_FLAG)
#define MBSTRING_ASC (MBSTRING_FLAG | 1)
#define MBSTRING_BMP (MBSTRING_FLAG | 2)
#define MBSTRING_UNIV (MBSTRING_FLAG | 4)

/* flags for ASN1_STRING_print_ex / X509_NAME_print_ex */
#define ASN1_STRFLGS_ESC_2253 1
#define ASN1_STRFLGS_ESC_CTRL 2
#define ASN1_STRFLGS_ESC_MSB 4
#define ASN1_STRFLGS_ESC_QUOTE 8
#define ASN1_STRFLGS_UTF8_CONVERT 0x10
#define ASN1_STRFLGS_IGNORE_TYPE 0x20
#define ASN1_STRFLGS_SHOW_TYPE 0x40
#define ASN1_STRFLGS_DUMP_ALL 0x80
#define ASN1_STRFLGS_DUMP_UNKNOWN 0x100
#define ASN1_STRFLGS_DUMP_DER 0x200
#define ASN1_STRFLGS_ESC_2254 0x400
#define ASN1_STRFLGS_RFC2253 (ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_ESC_MSB | ASN1_STRFLGS_UTF8_CONVERT | ASN1_STRFLGS_DUMP_UNKNOWN | ASN1_STRFLGS_DUMP_DER)

/* The string type behind ASN1_STRING, ASN1_INTEGER, ASN1_TIME, ... */
struct asn1_string_st {
    int length;
    int type;
    unsigned char *data;
    long flags;
};

/* STACK_OF(ASN1_OBJECT) */
struct stack_st_ASN1_OBJECT;
#define sk_ASN1_OBJECT_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_ASN1_OBJECT_value(sk, idx) ((ASN1_OBJECT *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_ASN1_OBJECT_new(cmp) ((STACK_OF(ASN1_OBJECT) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_ASN1_OBJECT_new_null() ((STACK_OF(ASN1_OBJECT) *)OPENSSL_sk_new_null())
#define sk_ASN1_OBJECT_new_reserve(cmp, n) ((STACK_OF(ASN1_OBJECT) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_ASN1_OBJECT_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_ASN1_OBJECT_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_ASN1_OBJECT_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_ASN1_OBJECT_delete(sk, i) ((ASN1_OBJECT *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_ASN1_OBJECT_delete_ptr(sk, ptr) ((ASN1_OBJECT *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_ASN1_OBJECT_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_OBJECT_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_OBJECT_pop(sk) ((ASN1_OBJECT *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_ASN1_OBJECT_shift(sk) ((ASN1_OBJECT *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_ASN1_OBJECT_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_ASN1_OBJECT_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_ASN1_OBJECT_set(sk, idx, ptr) ((ASN1_OBJECT *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_ASN1_OBJECT_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_OBJECT_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_OBJECT_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_ASN1_OBJECT_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_ASN1_OBJECT_dup(sk) ((STACK_OF(ASN1_OBJECT) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_ASN1_OBJECT_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(ASN1_OBJECT) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_ASN1_OBJECT_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(ASN1_INTEGER) */
struct stack_st_ASN1_INTEGER;
#define sk_ASN1_INTEGER_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_ASN1_INTEGER_value(sk, idx) ((ASN1_INTEGER *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_ASN1_INTEGER_new(cmp) ((STACK_OF(ASN1_INTEGER) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_ASN1_INTEGER_new_null() ((STACK_OF(ASN1_INTEGER) *)OPENSSL_sk_new_null())
#define sk_ASN1_INTEGER_new_reserve(cmp, n) ((STACK_OF(ASN1_INTEGER) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_ASN1_INTEGER_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_ASN1_INTEGER_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_ASN1_INTEGER_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_ASN1_INTEGER_delete(sk, i) ((ASN1_INTEGER *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_ASN1_INTEGER_delete_ptr(sk, ptr) ((ASN1_INTEGER *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_ASN1_INTEGER_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_INTEGER_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_INTEGER_pop(sk) ((ASN1_INTEGER *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_ASN1_INTEGER_shift(sk) ((ASN1_INTEGER *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_ASN1_INTEGER_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_ASN1_INTEGER_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_ASN1_INTEGER_set(sk, idx, ptr) ((ASN1_INTEGER *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_ASN1_INTEGER_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_INTEGER_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_INTEGER_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_ASN1_INTEGER_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_ASN1_INTEGER_dup(sk) ((STACK_OF(ASN1_INTEGER) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_ASN1_INTEGER_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(ASN1_INTEGER) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_ASN1_INTEGER_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(ASN1_TYPE) */
struct stack_st_ASN1_TYPE;
#define sk_ASN1_TYPE_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_ASN1_TYPE_value(sk, idx) ((ASN1_TYPE *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_ASN1_TYPE_new(cmp) ((STACK_OF(ASN1_TYPE) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_ASN1_TYPE_new_null() ((STACK_OF(ASN1_TYPE) *)OPENSSL_sk_new_null())
#define sk_ASN1_TYPE_new_reserve(cmp, n) ((STACK_OF(ASN1_TYPE) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_ASN1_TYPE_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_ASN1_TYPE_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_ASN1_TYPE_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_ASN1_TYPE_delete(sk, i) ((ASN1_TYPE *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_ASN1_TYPE_delete_ptr(sk, ptr) ((ASN1_TYPE *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_ASN1_TYPE_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_TYPE_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_TYPE_pop(sk) ((ASN1_TYPE *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_ASN1_TYPE_shift(sk) ((ASN1_TYPE *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_ASN1_TYPE_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_ASN1_TYPE_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_ASN1_TYPE_set(sk, idx, ptr) ((ASN1_TYPE *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_ASN1_TYPE_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_TYPE_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_ASN1_TYPE_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_ASN1_TYPE_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_ASN1_TYPE_dup(sk) ((STACK_OF(ASN1_TYPE) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_ASN1_TYPE_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(ASN1_TYPE) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_ASN1_TYPE_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* ---- generic strings ---- */
ASN1_STRING *ASN1_STRING_new(void);
void ASN1_STRING_free(ASN1_STRING *a);
void ASN1_STRING_clear_free(ASN1_STRING *a);
int ASN1_STRING_copy(ASN1_STRING *dst, const ASN1_STRING *str);
ASN1_STRING *ASN1_STRING_dup(const ASN1_STRING *a);
ASN1_STRING *ASN1_STRING_type_new(int type);
int ASN1_STRING_cmp(const ASN1_STRING *a, const ASN1_STRING *b);
int ASN1_STRING_set(ASN1_STRING *str, const void *data, int len);
void ASN1_STRING_set0(ASN1_STRING *str, void *data, int len);
int ASN1_STRING_length(const ASN1_STRING *x);
void ASN1_STRING_length_set(ASN1_STRING *x, int n);
int ASN1_STRING_type(const ASN1_STRING *x);
unsigned char *ASN1_STRING_data(ASN1_STRING *x);
const unsigned char *ASN1_STRING_get0_data(const ASN1_STRING *x);
int ASN1_STRING_to_UTF8(unsigned char **out, const ASN1_STRING *in);
int ASN1_STRING_print(BIO *bp, const ASN1_STRING *v);
int ASN1_STRING_print_ex(BIO *out, const ASN1_STRING *str, unsigned long flags);
int ASN1_STRING_print_ex_fp(FILE *fp, const ASN1_STRING *str, unsigned long flags);
ASN1_STRING *ASN1_STRING_set_by_NID(ASN1_STRING **out, const unsigned char *in, int inlen,
                                    int inform, int nid);

/* ---- typed strings ---- */
ASN1_INTEGER *ASN1_INTEGER_new(void);
void ASN1_INTEGER_free(ASN1_INTEGER *a);
ASN1_INTEGER *ASN1_INTEGER_dup(const ASN1_INTEGER *x);
int ASN1_INTEGER_cmp(const ASN1_INTEGER *x, const ASN1_INTEGER *y);
int ASN1_INTEGER_set(ASN1_INTEGER *a, long v);
long ASN1_INTEGER_get(const ASN1_INTEGER *a);
int ASN1_INTEGER_get_int64(int64_t *pr, const ASN1_INTEGER *a);
int ASN1_INTEGER_set_int64(ASN1_INTEGER *a, int64_t r);
int ASN1_INTEGER_get_uint64(uint64_t *pr, const ASN1_INTEGER *a);
int ASN1_INTEGER_set_uint64(ASN1_INTEGER *a, uint64_t r);
ASN1_INTEGER *BN_to_ASN1_INTEGER(const BIGNUM *bn, ASN1_INTEGER *ai);
BIGNUM *ASN1_INTEGER_to_BN(const ASN1_INTEGER *ai, BIGNUM *bn);
ASN1_INTEGER *d2i_ASN1_INTEGER(ASN1_INTEGER **a, const unsigned char **in, long len);
int i2d_ASN1_INTEGER(const ASN1_INTEGER *a, unsigned char **out);
int i2a_ASN1_INTEGER(BIO *bp, const ASN1_INTEGER *a);

ASN1_ENUMERATED *ASN1_ENUMERATED_new(void);
void ASN1_ENUMERATED_free(ASN1_ENUMERATED *a);
int ASN1_ENUMERATED_set(ASN1_ENUMERATED *a, long v);
long ASN1_ENUMERATED_get(const ASN1_ENUMERATED *a);

ASN1_BIT_STRING *ASN1_BIT_STRING_new(void);
void ASN1_BIT_STRING_free(ASN1_BIT_STRING *a);
int ASN1_BIT_STRING_set(ASN1_BIT_STRING *a, unsigned char *d, int length);
int ASN1_BIT_STRING_set_bit(ASN1_BIT_STRING *a, int n, int value);
int ASN1_BIT_STRING_get_bit(const ASN1_BIT_STRING *a, int n);

ASN1_OCTET_STRING *ASN1_OCTET_STRING_new(void);
void ASN1_OCTET_STRING_free(ASN1_OCTET_STRING *a);
ASN1_OCTET_STRING *ASN1_OCTET_STRING_dup(const ASN1_OCTET_STRING *a);
int ASN1_OCTET_STRING_cmp(const ASN1_OCTET_STRING *a, const ASN1_OCTET_STRING *b);
int ASN1_OCTET_STRING_set(ASN1_OCTET_STRING *str, const unsigned char *data, int len);

ASN1_IA5STRING *ASN1_IA5STRING_new(void);
void ASN1_IA5STRING_free(ASN1_IA5STRING *a);
ASN1_UTF8STRING *ASN1_UTF8STRING_new(void);
void ASN1_UTF8STRING_free(ASN1_UTF8STRING *a);
ASN1_PRINTABLESTRING *ASN1_PRINTABLESTRING_new(void);
void ASN1_PRINTABLESTRING_free(ASN1_PRINTABLESTRING *a);

/* ---- times ---- */
ASN1_TIME *ASN1_TIME_new(void);
void ASN1_TIME_free(ASN1_TIME *a);
ASN1_TIME *ASN1_TIME_dup(const ASN1_TIME *a);
ASN1_TIME *ASN1_TIME_set(ASN1_TIME *s, time_t t);
ASN1_TIME *ASN1_TIME_adj(ASN1_TIME *s, time_t t, int offset_day, long offset_sec);
int ASN1_TIME_check(const ASN1_TIME *t);
ASN1_GENERALIZEDTIME *ASN1_TIME_to_generalizedtime(const ASN1_TIME *t,
                                                   ASN1_GENERALIZEDTIME **out);
int ASN1_TIME_set_string(ASN1_TIME *s, const char *str);
int ASN1_TIME_set_string_X509(ASN1_TIME *s, const char *str);
int ASN1_TIME_to_tm(const ASN1_TIME *s, struct tm *tm);
int ASN1_TIME_normalize(ASN1_TIME *s);
int ASN1_TIME_cmp_time_t(const ASN1_TIME *s, time_t t);
int ASN1_TIME_compare(const ASN1_TIME *a, const ASN1_TIME *b);
int ASN1_TIME_diff(int *pday, int *psec, const ASN1_TIME *from, const ASN1_TIME *to);
int ASN1_TIME_print(BIO *bp, const ASN1_TIME *tm);
int ASN1_TIME_print_ex(BIO *bp, const ASN1_TIME *tm, unsigned long flags);

ASN1_UTCTIME *ASN1_UTCTIME_new(void);
void ASN1_UTCTIME_free(ASN1_UTCTIME *a);
int ASN1_UTCTIME_check(const ASN1_UTCTIME *a);
ASN1_UTCTIME *ASN1_UTCTIME_set(ASN1_UTCTIME *s, time_t t);
ASN1_UTCTIME *ASN1_UTCTIME_adj(ASN1_UTCTIME *s, time_t t, int offset_day, long offset_sec);
int ASN1_UTCTIME_set_string(ASN1_UTCTIME *s, const char *str);
int ASN1_UTCTIME_cmp_time_t(const ASN1_UTCTIME *s, time_t t);
int ASN1_UTCTIME_print(BIO *fp, const ASN1_UTCTIME *a);

ASN1_GENERALIZEDTIME *ASN1_GENERALIZEDTIME_new(void);
void ASN1_GENERALIZEDTIME_free(ASN1_GENERALIZEDTIME *a);
int ASN1_GENERALIZEDTIME_check(const ASN1_GENERALIZEDTIME *a);
ASN1_GENERALIZEDTIME *ASN1_GENERALIZEDTIME_set(ASN1_GENERALIZEDTIME *s, time_t t);
ASN1_GENERALIZEDTIME *ASN1_GENERALIZEDTIME_adj(ASN1_GENERALIZEDTIME *s, time_t t,
                                               int offset_day, long offset_sec);
int ASN1_GENERALIZEDTIME_set_string(ASN1_GENERALIZEDTIME *s, const char *str);
int ASN1_GENERALIZEDTIME_print(BIO *fp, const ASN1_GENERALIZEDTIME *a);

/* ---- objects and generic values ---- */
ASN1_OBJECT *ASN1_OBJECT_new(void);
void ASN1_OBJECT_free(ASN1_OBJECT *a);
ASN1_OBJECT *ASN1_OBJECT_create(int nid, unsigned char *data, int len, const char *sn,
                                const char *ln);
int i2a_ASN1_OBJECT(BIO *bp, const ASN1_OBJECT *a);
int i2t_ASN1_OBJECT(char *buf, int buf_len, const ASN1_OBJECT *a);
ASN1_OBJECT *d2i_ASN1_OBJECT(ASN1_OBJECT **a, const unsigned char **pp, long length);
int i2d_ASN1_OBJECT(const ASN1_OBJECT *a, unsigned char **pp);

ASN1_TYPE *ASN1_TYPE_new(void);
void ASN1_TYPE_free(ASN1_TYPE *a);
int ASN1_TYPE_get(const ASN1_TYPE *a);
void ASN1_TYPE_set(ASN1_TYPE *a, int type, void *value);
int ASN1_TYPE_set1(ASN1_TYPE *a, int type, const void *value);

int ASN1_parse_dump(BIO *bp, const unsigned char *pp, long len, int indent, int dump);
int ASN1_get_object(const unsigned char **pp, long *plength, int *ptag, int *pclass, long omax);
void ASN1_put_object(unsigned char **pp, int constructed, int length, int tag, int xclass);
const char *ASN1_tag2str(int tag);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_OPENSSL_ASN1_H */
