// Sluice bundled declarations for OpenSSL (openssl/conf.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_CONF_H
#define SLUICE_STUB_OPENSSL_CONF_H

#include <stdio.h>
#include <openssl/types.h>
#include <openssl/bio.h>
#include <openssl/safestack.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    char *section;
    char *name;
    char *value;
} CONF_VALUE;

/* STACK_OF(CONF_VALUE) */
struct stack_st_CONF_VALUE;
#define sk_CONF_VALUE_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_CONF_VALUE_value(sk, idx) ((CONF_VALUE *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_CONF_VALUE_new(cmp) ((STACK_OF(CONF_VALUE) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_CONF_VALUE_new_null() ((STACK_OF(CONF_VALUE) *)OPENSSL_sk_new_null())
#define sk_CONF_VALUE_new_reserve(cmp, n) ((STACK_OF(CONF_VALUE) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_CONF_VALUE_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_CONF_VALUE_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_CONF_VALUE_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_CONF_VALUE_delete(sk, i) ((CONF_VALUE *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_CONF_VALUE_delete_ptr(sk, ptr) ((CONF_VALUE *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_CONF_VALUE_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_CONF_VALUE_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_CONF_VALUE_pop(sk) ((CONF_VALUE *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_CONF_VALUE_shift(sk) ((CONF_VALUE *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_CONF_VALUE_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_CONF_VALUE_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_CONF_VALUE_set(sk, idx, ptr) ((CONF_VALUE *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_CONF_VALUE_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_CONF_VALUE_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_CONF_VALUE_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_CONF_VALUE_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_CONF_VALUE_dup(sk) ((STACK_OF(CONF_VALUE) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_CONF_VALUE_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(CONF_VALUE) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_CONF_VALUE_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

#ifndef LHASH_OF
#define LHASH_OF(type) struct lhash_st_##type
#endif
LHASH_OF(CONF_VALUE);

typedef struct conf_method_st CONF_METHOD;
typedef struct conf_imodule_st CONF_IMODULE;
typedef struct conf_module_st CONF_MODULE;
typedef int conf_init_func(CONF_IMODULE *md, const CONF *cnf);
typedef void conf_finish_func(CONF_IMODULE *md);

#define CONF_MFLAGS_IGNORE_ERRORS 0x1
#define CONF_MFLAGS_IGNORE_RETURN_CODES 0x2
#define CONF_MFLAGS_SILENT 0x4
#define CONF_MFLAGS_NO_DSO 0x8
#define CONF_MFLAGS_IGNORE_MISSING_FILE 0x10
#define CONF_MFLAGS_DEFAULT_SECTION 0x20

void OPENSSL_config(const char *config_name);
#define OPENSSL_no_config() OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG, NULL)

/* ---- configuration files ---- */
CONF *NCONF_new_ex(OSSL_LIB_CTX *libctx, CONF_METHOD *meth);
CONF *NCONF_new(CONF_METHOD *meth);
CONF_METHOD *NCONF_default(void);
void NCONF_free(CONF *conf);
void NCONF_free_data(CONF *conf);
int NCONF_load(CONF *conf, const char *file, long *eline);
int NCONF_load_fp(CONF *conf, FILE *fp, long *eline);
int NCONF_load_bio(CONF *conf, BIO *bp, long *eline);
STACK_OF(OPENSSL_CSTRING) *NCONF_get_section_names(const CONF *conf);
STACK_OF(CONF_VALUE) *NCONF_get_section(const CONF *conf, const char *section);
char *NCONF_get_string(const CONF *conf, const char *group, const char *name);
int NCONF_get_number_e(const CONF *conf, const char *group, const char *name, long *result);
int NCONF_dump_fp(const CONF *conf, FILE *out);
int NCONF_dump_bio(const CONF *conf, BIO *out);
#define NCONF_get_number(c, g, n, r) NCONF_get_number_e(c, g, n, r)

/* ---- configuration modules ---- */
int CONF_modules_load(const CONF *cnf, const char *appname, unsigned long flags);
int CONF_modules_load_file_ex(OSSL_LIB_CTX *libctx, const char *filename, const char *appname,
                              unsigned long flags);
int CONF_modules_load_file(const char *filename, const char *appname, unsigned long flags);
void CONF_modules_unload(int all);
void CONF_modules_finish(void);
int CONF_module_add(const char *name, conf_init_func *ifunc, conf_finish_func *ffunc);
const char *CONF_imodule_get_name(const CONF_IMODULE *md);
const char *CONF_imodule_get_value(const CONF_IMODULE *md);
char *CONF_get1_default_config_file(void);
int CONF_parse_list(const char *list, int sep, int nospc,
                    int (*list_cb)(const char *elem, int len, void *usr), void *arg);
void OPENSSL_load_builtin_modules(void);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_OPENSSL_CONF_H */
