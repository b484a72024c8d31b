// Sluice bundled declarations for OpenSSL (openssl/x509.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_X509_H
#define SLUICE_STUB_OPENSSL_X509_H

#include <stdio.h>
#include <time.h>
#include <openssl/types.h>
#include <openssl/buffer.h>
#include <openssl/evp.h>
#include <openssl/bio.h>
#include <openssl/asn1.h>
#include <openssl/safestack.h>
#include <openssl/ec.h>
#include <openssl/rsa.h>
#include <openssl/dsa.h>
#include <openssl/dh.h>
#include <openssl/sha.h>

#ifdef __cplusplus
extern "C" {
#endif

/* STACK_OF(X509) */
struct stack_st_X509;
#define sk_X509_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_value(sk, idx) ((X509 *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_new(cmp) ((STACK_OF(X509) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_new_null() ((STACK_OF(X509) *)OPENSSL_sk_new_null())
#define sk_X509_new_reserve(cmp, n) ((STACK_OF(X509) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_delete(sk, i) ((X509 *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_delete_ptr(sk, ptr) ((X509 *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_pop(sk) ((X509 *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_shift(sk) ((X509 *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_set(sk, idx, ptr) ((X509 *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_dup(sk) ((STACK_OF(X509) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(X509_NAME) */
struct stack_st_X509_NAME;
#define sk_X509_NAME_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_NAME_value(sk, idx) ((X509_NAME *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_NAME_new(cmp) ((STACK_OF(X509_NAME) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_NAME_new_null() ((STACK_OF(X509_NAME) *)OPENSSL_sk_new_null())
#define sk_X509_NAME_new_reserve(cmp, n) ((STACK_OF(X509_NAME) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_NAME_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_NAME_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_NAME_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_NAME_delete(sk, i) ((X509_NAME *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_NAME_delete_ptr(sk, ptr) ((X509_NAME *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_NAME_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_NAME_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_NAME_pop(sk) ((X509_NAME *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_NAME_shift(sk) ((X509_NAME *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_NAME_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_NAME_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_NAME_set(sk, idx, ptr) ((X509_NAME *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_NAME_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_NAME_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_NAME_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_NAME_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_NAME_dup(sk) ((STACK_OF(X509_NAME) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_NAME_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509_NAME) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_NAME_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(X509_CRL) */
struct stack_st_X509_CRL;
#define sk_X509_CRL_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_CRL_value(sk, idx) ((X509_CRL *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_CRL_new(cmp) ((STACK_OF(X509_CRL) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_CRL_new_null() ((STACK_OF(X509_CRL) *)OPENSSL_sk_new_null())
#define sk_X509_CRL_new_reserve(cmp, n) ((STACK_OF(X509_CRL) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_CRL_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_CRL_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_CRL_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_CRL_delete(sk, i) ((X509_CRL *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_CRL_delete_ptr(sk, ptr) ((X509_CRL *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_CRL_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_CRL_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_CRL_pop(sk) ((X509_CRL *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_CRL_shift(sk) ((X509_CRL *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_CRL_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_CRL_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_CRL_set(sk, idx, ptr) ((X509_CRL *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_CRL_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_CRL_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_CRL_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_CRL_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_CRL_dup(sk) ((STACK_OF(X509_CRL) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_CRL_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509_CRL) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_CRL_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(X509_REVOKED) */
struct stack_st_X509_REVOKED;
#define sk_X509_REVOKED_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_REVOKED_value(sk, idx) ((X509_REVOKED *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_REVOKED_new(cmp) ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_REVOKED_new_null() ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_new_null())
#define sk_X509_REVOKED_new_reserve(cmp, n) ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_REVOKED_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_REVOKED_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_REVOKED_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_REVOKED_delete(sk, i) ((X509_REVOKED *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_REVOKED_delete_ptr(sk, ptr) ((X509_REVOKED *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_REVOKED_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_REVOKED_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_REVOKED_pop(sk) ((X509_REVOKED *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_REVOKED_shift(sk) ((X509_REVOKED *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_REVOKED_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_REVOKED_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_REVOKED_set(sk, idx, ptr) ((X509_REVOKED *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_REVOKED_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_REVOKED_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_REVOKED_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_REVOKED_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_REVOKED_dup(sk) ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_REVOKED_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509_REVOKED) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_REVOKED_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(X509_ALGOR) */
struct stack_st_X509_ALGOR;
#define sk_X509_ALGOR_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_ALGOR_value(sk, idx) ((X509_ALGOR *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_ALGOR_new(cmp) ((STACK_OF(X509_ALGOR) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_ALGOR_new_null() ((STACK_OF(X509_ALGOR) *)OPENSSL_sk_new_null())
#define sk_X509_ALGOR_new_reserve(cmp, n) ((STACK_OF(X509_ALGOR) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_ALGOR_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_ALGOR_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_ALGOR_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_ALGOR_delete(sk, i) ((X509_ALGOR *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_ALGOR_delete_ptr(sk, ptr) ((X509_ALGOR *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_ALGOR_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_ALGOR_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_ALGOR_pop(sk) ((X509_ALGOR *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_ALGOR_shift(sk) ((X509_ALGOR *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_ALGOR_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_ALGOR_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_ALGOR_set(sk, idx, ptr) ((X509_ALGOR *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_ALGOR_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_ALGOR_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_ALGOR_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_ALGOR_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_ALGOR_dup(sk) ((STACK_OF(X509_ALGOR) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_ALGOR_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509_ALGOR) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_ALGOR_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

typedef struct X509_name_entry_st X509_NAME_ENTRY;
typedef struct X509_extension_st X509_EXTENSION;
typedef STACK_OF(X509_EXTENSION) X509_EXTENSIONS;
typedef struct x509_attributes_st X509_ATTRIBUTE;
typedef struct X509_req_st X509_REQ;
typedef struct X509_req_info_st X509_REQ_INFO;
typedef struct X509_sig_st X509_SIG;
typedef struct X509_val_st X509_VAL;
typedef struct x509_cinf_st X509_CINF;
typedef struct X509_crl_info_st X509_CRL_INFO;
typedef struct X509_info_st X509_INFO;

/* STACK_OF(X509_NAME_ENTRY) */
struct stack_st_X509_NAME_ENTRY;
#define sk_X509_NAME_ENTRY_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_NAME_ENTRY_value(sk, idx) ((X509_NAME_ENTRY *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_NAME_ENTRY_new(cmp) ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_NAME_ENTRY_new_null() ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_new_null())
#define sk_X509_NAME_ENTRY_new_reserve(cmp, n) ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_NAME_ENTRY_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_NAME_ENTRY_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_NAME_ENTRY_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_NAME_ENTRY_delete(sk, i) ((X509_NAME_ENTRY *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_NAME_ENTRY_delete_ptr(sk, ptr) ((X509_NAME_ENTRY *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_NAME_ENTRY_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_NAME_ENTRY_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_NAME_ENTRY_pop(sk) ((X509_NAME_ENTRY *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_NAME_ENTRY_shift(sk) ((X509_NAME_ENTRY *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_NAME_ENTRY_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_NAME_ENTRY_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_NAME_ENTRY_set(sk, idx, ptr) ((X509_NAME_ENTRY *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_NAME_ENTRY_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_NAME_ENTRY_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_NAME_ENTRY_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_NAME_ENTRY_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_NAME_ENTRY_dup(sk) ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_NAME_ENTRY_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509_NAME_ENTRY) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_NAME_ENTRY_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(X509_EXTENSION) */
struct stack_st_X509_EXTENSION;
#define sk_X509_EXTENSION_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_EXTENSION_value(sk, idx) ((X509_EXTENSION *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_EXTENSION_new(cmp) ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_EXTENSION_new_null() ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_new_null())
#define sk_X509_EXTENSION_new_reserve(cmp, n) ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_EXTENSION_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_EXTENSION_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_EXTENSION_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_EXTENSION_delete(sk, i) ((X509_EXTENSION *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_EXTENSION_delete_ptr(sk, ptr) ((X509_EXTENSION *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_EXTENSION_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_EXTENSION_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_EXTENSION_pop(sk) ((X509_EXTENSION *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_EXTENSION_shift(sk) ((X509_EXTENSION *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_EXTENSION_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_EXTENSION_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_EXTENSION_set(sk, idx, ptr) ((X509_EXTENSION *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_EXTENSION_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_EXTENSION_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_EXTENSION_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_EXTENSION_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_EXTENSION_dup(sk) ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_EXTENSION_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509_EXTENSION) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_EXTENSION_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(X509_ATTRIBUTE) */
struct stack_st_X509_ATTRIBUTE;
#define sk_X509_ATTRIBUTE_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_ATTRIBUTE_value(sk, idx) ((X509_ATTRIBUTE *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_ATTRIBUTE_new(cmp) ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_ATTRIBUTE_new_null() ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_new_null())
#define sk_X509_ATTRIBUTE_new_reserve(cmp, n) ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_ATTRIBUTE_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_ATTRIBUTE_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_ATTRIBUTE_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_ATTRIBUTE_delete(sk, i) ((X509_ATTRIBUTE *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_ATTRIBUTE_delete_ptr(sk, ptr) ((X509_ATTRIBUTE *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_ATTRIBUTE_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_ATTRIBUTE_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_ATTRIBUTE_pop(sk) ((X509_ATTRIBUTE *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_ATTRIBUTE_shift(sk) ((X509_ATTRIBUTE *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_ATTRIBUTE_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_ATTRIBUTE_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_ATTRIBUTE_set(sk, idx, ptr) ((X509_ATTRIBUTE *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_ATTRIBUTE_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_ATTRIBUTE_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_ATTRIBUTE_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_ATTRIBUTE_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_ATTRIBUTE_dup(sk) ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_ATTRIBUTE_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509_ATTRIBUTE) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_ATTRIBUTE_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(X509_INFO) */
struct stack_st_X509_INFO;
#define sk_X509_INFO_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_X509_INFO_value(sk, idx) ((X509_INFO *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_X509_INFO_new(cmp) ((STACK_OF(X509_INFO) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_X509_INFO_new_null() ((STACK_OF(X509_INFO) *)OPENSSL_sk_new_null())
#define sk_X509_INFO_new_reserve(cmp, n) ((STACK_OF(X509_INFO) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_X509_INFO_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_X509_INFO_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_X509_INFO_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_X509_INFO_delete(sk, i) ((X509_INFO *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_X509_INFO_delete_ptr(sk, ptr) ((X509_INFO *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_X509_INFO_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_INFO_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_INFO_pop(sk) ((X509_INFO *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_X509_INFO_shift(sk) ((X509_INFO *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_X509_INFO_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_X509_INFO_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_X509_INFO_set(sk, idx, ptr) ((X509_INFO *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_X509_INFO_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_INFO_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_X509_INFO_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_X509_INFO_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_X509_INFO_dup(sk) ((STACK_OF(X509_INFO) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_X509_INFO_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(X509_INFO) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_X509_INFO_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

#define X509_FILETYPE_PEM 1
#define X509_FILETYPE_ASN1 2
#define X509_FILETYPE_DEFAULT 3

#define X509v3_KU_DIGITAL_SIGNATURE 0x0080
#define X509v3_KU_NON_REPUDIATION 0x0040
#define X509v3_KU_KEY_ENCIPHERMENT 0x0020
#define X509v3_KU_DATA_ENCIPHERMENT 0x0010
#define X509v3_KU_KEY_AGREEMENT 0x0008
#define X509v3_KU_KEY_CERT_SIGN 0x0004
#define X509v3_KU_CRL_SIGN 0x0002
#define X509v3_KU_ENCIPHER_ONLY 0x0001
#define X509v3_KU_DECIPHER_ONLY 0x8000
#define X509v3_KU_UNDEF 0xffff

/* flags for X509_print_ex */
#define X509_FLAG_COMPAT 0
#define X509_FLAG_NO_HEADER 1L
#define X509_FLAG_NO_VERSION (1L << 1)
#define X509_FLAG_NO_SERIAL (1L << 2)
#define X509_FLAG_NO_SIGNAME (1L << 3)
#define X509_FLAG_NO_ISSUER (1L << 4)
#define X509_FLAG_NO_VALIDITY (1L << 5)
#define X509_FLAG_NO_SUBJECT (1L << 6)
#define X509_FLAG_NO_PUBKEY (1L << 7)
#define X509_FLAG_NO_EXTENSIONS (1L << 8)
#define X509_FLAG_NO_SIGDUMP (1L << 9)
#define X509_FLAG_NO_AUX (1L << 10)
#define X509_FLAG_NO_ATTRIBUTES (1L << 11)
#define X509_FLAG_NO_IDS (1L << 12)

/* flags for X509_NAME_print_ex */
#define XN_FLAG_SEP_MASK (0xf << 16)
#define XN_FLAG_COMPAT 0
#define XN_FLAG_SEP_COMMA_PLUS (1 << 16)
#define XN_FLAG_SEP_CPLUS_SPC (2 << 16)
#define XN_FLAG_SEP_SPLUS_SPC (3 << 16)
#define XN_FLAG_SEP_MULTILINE (4 << 16)
#define XN_FLAG_DN_REV (1 << 20)
#define XN_FLAG_FN_MASK (0x3 << 21)
#define XN_FLAG_FN_SN 0
#define XN_FLAG_FN_LN (1 << 21)
#define XN_FLAG_FN_OID (2 << 21)
#define XN_FLAG_FN_NONE (3 << 21)
#define XN_FLAG_SPC_EQ (1 << 23)
#define XN_FLAG_DUMP_UNKNOWN_FIELDS (1 << 24)
#define XN_FLAG_FN_ALIGN (1 << 25)
#define XN_FLAG_RFC2253 \
    (ASN1_STRFLGS_RFC2253 | XN_FLAG_SEP_COMMA_PLUS | XN_FLAG_DN_REV | XN_FLAG_FN_SN | \
     XN_FLAG_DUMP_UNKNOWN_FIELDS)
#define XN_FLAG_ONELINE \
    (ASN1_STRFLGS_RFC2253 | ASN1_STRFLGS_ESC_QUOTE | XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_SPC_EQ | \
     XN_FLAG_FN_SN)
#define XN_FLAG_MULTILINE \
    (ASN1_STRFLGS_ESC_CTRL | ASN1_STRFLGS_ESC_MSB | XN_FLAG_SEP_MULTILINE | XN_FLAG_SPC_EQ | \
     XN_FLAG_FN_LN | XN_FLAG_FN_ALIGN)

#define X509_VERSION_1 0
#define X509_VERSION_2 1
#define X509_VERSION_3 2
#define X509_REQ_VERSION_1 0

#define X509_extract_key(x) X509_get_pubkey(x)
#define X509_REQ_extract_key(a) X509_REQ_get_pubkey(a)
#define X509_name_cmp(a, b) X509_NAME_cmp((a), (b))
#define X509_get_notBefore X509_getm_notBefore
#define X509_get_notAfter X509_getm_notAfter
#define X509_set_notBefore X509_set1_notBefore
#define X509_set_notAfter X509_set1_notAfter
#define X509_NAME_hash(x) X509_NAME_hash_ex(x, NULL, NULL, NULL)
#define X509_get_ex_new_index(l, p, newf, dupf, freef) \
    CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_X509, l, p, newf, dupf, freef)
#define X509_ADD_FLAG_DEFAULT 0
#define X509_ADD_FLAG_UP_REF 0x1
#define X509_ADD_FLAG_PREPEND 0x2
#define X509_ADD_FLAG_NO_DUP 0x4
#define X509_ADD_FLAG_NO_SS 0x8

/* ---- certificates ---- */
X509 *X509_new(void);
X509 *X509_new_ex(OSSL_LIB_CTX *libctx, const char *propq);
void X509_free(X509 *a);
int X509_up_ref(X509 *x);
X509 *X509_dup(const X509 *x);
STACK_OF(X509) *X509_chain_up_ref(STACK_OF(X509) *chain);
int X509_add_cert(STACK_OF(X509) *sk, X509 *cert, int flags);
int X509_add_certs(STACK_OF(X509) *sk, STACK_OF(X509) *certs, int flags);

long X509_get_version(const X509 *x);
int X509_set_version(X509 *x, long version);
ASN1_INTEGER *X509_get_serialNumber(X509 *x);
const ASN1_INTEGER *X509_get0_serialNumber(const X509 *x);
int X509_set_serialNumber(X509 *x, ASN1_INTEGER *serial);
X509_NAME *X509_get_subject_name(const X509 *a);
int X509_set_subject_name(X509 *x, const X509_NAME *name);
X509_NAME *X509_get_issuer_name(const X509 *a);
int X509_set_issuer_name(X509 *x, const X509_NAME *name);
const ASN1_TIME *X509_get0_notBefore(const X509 *x);
ASN1_TIME *X509_getm_notBefore(const X509 *x);
int X509_set1_notBefore(X509 *x, const ASN1_TIME *tm);
const ASN1_TIME *X509_get0_notAfter(const X509 *x);
ASN1_TIME *X509_getm_notAfter(const X509 *x);
int X509_set1_notAfter(X509 *x, const ASN1_TIME *tm);
EVP_PKEY *X509_get_pubkey(X509 *x);
EVP_PKEY *X509_get0_pubkey(const X509 *x);
X509_PUBKEY *X509_get_X509_PUBKEY(const X509 *x);
int X509_set_pubkey(X509 *x, EVP_PKEY *pkey);
int X509_check_private_key(const X509 *cert, const EVP_PKEY *pkey);
int X509_get_signature_nid(const X509 *x);
int X509_get_signature_type(const X509 *x);
void X509_get0_signature(const ASN1_BIT_STRING **psig, const X509_ALGOR **palg, const X509 *x);
unsigned long X509_subject_name_hash(X509 *x);
unsigned long X509_issuer_name_hash(X509 *a);
int X509_cmp(const X509 *a, const X509 *b);
int X509_issuer_and_serial_cmp(const X509 *a, const X509 *b);
int X509_self_signed(X509 *cert, int verify_signature);

int X509_sign(X509 *x, EVP_PKEY *pkey, const EVP_MD *md);
int X509_sign_ctx(X509 *x, EVP_MD_CTX *ctx);
int X509_verify(X509 *a, EVP_PKEY *r);
int X509_digest(const X509 *data, const EVP_MD *type, unsigned char *md, unsigned int *len);
int X509_pubkey_digest(const X509 *data, const EVP_MD *type, unsigned char *md,
                       unsigned int *len);

ASN1_TIME *X509_gmtime_adj(ASN1_TIME *s, long adj);
ASN1_TIME *X509_time_adj(ASN1_TIME *s, long adj, time_t *t);
ASN1_TIME *X509_time_adj_ex(ASN1_TIME *s, int offset_day, long offset_sec, time_t *t);
int X509_cmp_time(const ASN1_TIME *s, time_t *t);
int X509_cmp_current_time(const ASN1_TIME *s);
int X509_cmp_timeframe(const X509_VERIFY_PARAM *vpm, const ASN1_TIME *start,
                       const ASN1_TIME *end);

int X509_print(BIO *bp, X509 *x);
int X509_print_fp(FILE *bp, X509 *x);
int X509_print_ex(BIO *bp, X509 *x, unsigned long nmflag, unsigned long cflag);
int X509_print_ex_fp(FILE *bp, X509 *x, unsigned long nmflag, unsigned long cflag);

const char *X509_get_default_cert_area(void);
const char *X509_get_default_cert_dir(void);
const char *X509_get_default_cert_file(void);
const char *X509_get_default_cert_dir_env(void);
const char *X509_get_default_cert_file_env(void);
const char *X509_get_default_private_dir(void);

int X509_set_ex_data(X509 *r, int idx, void *arg);
void *X509_get_ex_data(const X509 *r, int idx);

/* ---- extensions on certificates ---- */
int X509_get_ext_count(const X509 *x);
int X509_get_ext_by_NID(const X509 *x, int nid, int lastpos);
int X509_get_ext_by_OBJ(const X509 *x, const ASN1_OBJECT *obj, int lastpos);
int X509_get_ext_by_critical(const X509 *x, int crit, int lastpos);
X509_EXTENSION *X509_get_ext(const X509 *x, int loc);
X509_EXTENSION *X509_delete_ext(X509 *x, int loc);
int X509_add_ext(X509 *x, X509_EXTENSION *ex, int loc);
void *X509_get_ext_d2i(const X509 *x, int nid, int *crit, int *idx);
int X509_add1_ext_i2d(X509 *x, int nid, void *value, int crit, unsigned long flags);
const STACK_OF(X509_EXTENSION) *X509_get0_extensions(const X509 *x);

X509_EXTENSION *X509_EXTENSION_new(void);
void X509_EXTENSION_free(X509_EXTENSION *a);
X509_EXTENSION *X509_EXTENSION_dup(const X509_EXTENSION *a);
X509_EXTENSION *X509_EXTENSION_create_by_NID(X509_EXTENSION **ex, int nid, int crit,
                                             ASN1_OCTET_STRING *data);
X509_EXTENSION *X509_EXTENSION_create_by_OBJ(X509_EXTENSION **ex, const ASN1_OBJECT *obj,
                                             int crit, ASN1_OCTET_STRING *data);
int X509_EXTENSION_set_object(X509_EXTENSION *ex, const ASN1_OBJECT *obj);
int X509_EXTENSION_set_critical(X509_EXTENSION *ex, int crit);
int X509_EXTENSION_set_data(X509_EXTENSION *ex, ASN1_OCTET_STRING *data);
ASN1_OBJECT *X509_EXTENSION_get_object(X509_EXTENSION *ex);
ASN1_OCTET_STRING *X509_EXTENSION_get_data(X509_EXTENSION *ne);
int X509_EXTENSION_get_critical(const X509_EXTENSION *ex);

/* ---- names ---- */
X509_NAME *X509_NAME_new(void);
void X509_NAME_free(X509_NAME *a);
X509_NAME *X509_NAME_dup(const X509_NAME *xn);
int X509_NAME_cmp(const X509_NAME *a, const X509_NAME *b);
unsigned long X509_NAME_hash_ex(const X509_NAME *x, OSSL_LIB_CTX *libctx, const char *propq,
                                int *ok);
unsigned long X509_NAME_hash_old(const X509_NAME *x);
char *X509_NAME_oneline(const X509_NAME *a, char *buf, int size);
int X509_NAME_print(BIO *bp, const X509_NAME *name, int obase);
int X509_NAME_print_ex(BIO *out, const X509_NAME *nm, int indent, unsigned long flags);
int X509_NAME_print_ex_fp(FILE *fp, const X509_NAME *nm, int indent, unsigned long flags);
int X509_NAME_entry_count(const X509_NAME *name);
int X509_NAME_get_text_by_NID(const X509_NAME *name, int nid, char *buf, int len);
int X509_NAME_get_text_by_OBJ(const X509_NAME *name, const ASN1_OBJECT *obj, char *buf,
                              int len);
int X509_NAME_get_index_by_NID(const X509_NAME *name, int nid, int lastpos);
int X509_NAME_get_index_by_OBJ(const X509_NAME *name, const ASN1_OBJECT *obj, int lastpos);
X509_NAME_ENTRY *X509_NAME_get_entry(const X509_NAME *name, int loc);
X509_NAME_ENTRY *X509_NAME_delete_entry(X509_NAME *name, int loc);
int X509_NAME_add_entry(X509_NAME *name, const X509_NAME_ENTRY *ne, int loc, int set);
int X509_NAME_add_entry_by_OBJ(X509_NAME *name, const ASN1_OBJECT *obj, int type,
                               const unsigned char *bytes, int len, int loc, int set);
int X509_NAME_add_entry_by_NID(X509_NAME *name, int nid, int type, const unsigned char *bytes,
                               int len, int loc, int set);
int X509_NAME_add_entry_by_txt(X509_NAME *name, const char *field, int type,
                               const unsigned char *bytes, int len, int loc, int set);
int X509_NAME_get0_der(const X509_NAME *nm, const unsigned char **pder, size_t *pderlen);
X509_NAME_ENTRY *X509_NAME_ENTRY_new(void);
void X509_NAME_ENTRY_free(X509_NAME_ENTRY *a);
ASN1_OBJECT *X509_NAME_ENTRY_get_object(const X509_NAME_ENTRY *ne);
ASN1_STRING *X509_NAME_ENTRY_get_data(const X509_NAME_ENTRY *ne);
int X509_NAME_ENTRY_set(const X509_NAME_ENTRY *ne);

/* ---- public keys ---- */
X509_PUBKEY *X509_PUBKEY_new(void);
void X509_PUBKEY_free(X509_PUBKEY *a);
int X509_PUBKEY_set(X509_PUBKEY **x, EVP_PKEY *pkey);
EVP_PKEY *X509_PUBKEY_get0(const X509_PUBKEY *key);
EVP_PKEY *X509_PUBKEY_get(const X509_PUBKEY *key);

/* ---- certificate requests ---- */
X509_REQ *X509_REQ_new(void);
X509_REQ *X509_REQ_new_ex(OSSL_LIB_CTX *libctx, const char *propq);
void X509_REQ_free(X509_REQ *a);
X509_REQ *X509_REQ_dup(const X509_REQ *req);
long X509_REQ_get_version(const X509_REQ *req);
int X509_REQ_set_version(X509_REQ *x, long version);
X509_NAME *X509_REQ_get_subject_name(const X509_REQ *req);
int X509_REQ_set_subject_name(X509_REQ *req, const X509_NAME *name);
EVP_PKEY *X509_REQ_get_pubkey(X509_REQ *req);
EVP_PKEY *X509_REQ_get0_pubkey(X509_REQ *req);
int X509_REQ_set_pubkey(X509_REQ *x, EVP_PKEY *pkey);
STACK_OF(X509_EXTENSION) *X509_REQ_get_extensions(X509_REQ *req);
int X509_REQ_add_extensions(X509_REQ *req, const STACK_OF(X509_EXTENSION) *ext);
int X509_REQ_sign(X509_REQ *x, EVP_PKEY *pkey, const EVP_MD *md);
int X509_REQ_verify(X509_REQ *a, EVP_PKEY *r);
int X509_REQ_print(BIO *bp, X509_REQ *req);
int X509_REQ_print_fp(FILE *bp, X509_REQ *req);
X509 *X509_REQ_to_X509(X509_REQ *r, int days, EVP_PKEY *pkey);
X509_REQ *X509_to_X509_REQ(X509 *x, EVP_PKEY *pkey, const EVP_MD *md);

/* ---- revocation lists ---- */
X509_CRL *X509_CRL_new(void);
void X509_CRL_free(X509_CRL *a);
int X509_CRL_up_ref(X509_CRL *crl);
X509_NAME *X509_CRL_get_issuer(const X509_CRL *crl);
const ASN1_TIME *X509_CRL_get0_lastUpdate(const X509_CRL *crl);
const ASN1_TIME *X509_CRL_get0_nextUpdate(const X509_CRL *crl);
STACK_OF(X509_REVOKED) *X509_CRL_get_REVOKED(X509_CRL *crl);
int X509_CRL_verify(X509_CRL *a, EVP_PKEY *r);
int X509_CRL_print(BIO *bp, X509_CRL *x);
int X509_CRL_print_fp(FILE *bp, X509_CRL *x);
const ASN1_INTEGER *X509_REVOKED_get0_serialNumber(const X509_REVOKED *x);

/* ---- DER encoding ---- */
X509 *d2i_X509(X509 **a, const unsigned char **in, long len);
int i2d_X509(const X509 *a, unsigned char **out);
X509 *d2i_X509_AUX(X509 **a, const unsigned char **pp, long length);
int i2d_X509_AUX(const X509 *a, unsigned char **pp);
X509 *d2i_X509_fp(FILE *fp, X509 **x509);
int i2d_X509_fp(FILE *fp, const X509 *x509);
X509 *d2i_X509_bio(BIO *bp, X509 **x509);
int i2d_X509_bio(BIO *bp, const X509 *x509);
X509_CRL *d2i_X509_CRL(X509_CRL **a, const unsigned char **in, long len);
int i2d_X509_CRL(const X509_CRL *a, unsigned char **out);
X509_CRL *d2i_X509_CRL_bio(BIO *bp, X509_CRL **crl);
X509_REQ *d2i_X509_REQ(X509_REQ **a, const unsigned char **in, long len);
int i2d_X509_REQ(const X509_REQ *a, unsigned char **out);
X509_REQ *d2i_X509_REQ_bio(BIO *bp, X509_REQ **req);
int i2d_X509_REQ_bio(BIO *bp, const X509_REQ *req);
X509_NAME *d2i_X509_NAME(X509_NAME **a, const unsigned char **in, long len);
int i2d_X509_NAME(const X509_NAME *a, unsigned char **out);

EVP_PKEY *d2i_PUBKEY(EVP_PKEY **a, const unsigned char **pp, long length);
int i2d_PUBKEY(const EVP_PKEY *a, unsigned char **pp);
EVP_PKEY *d2i_PUBKEY_bio(BIO *bp, EVP_PKEY **a);
int i2d_PUBKEY_bio(BIO *bp, const EVP_PKEY *pkey);
EVP_PKEY *d2i_PUBKEY_fp(FILE *fp, EVP_PKEY **a);
int i2d_PUBKEY_fp(FILE *fp, const EVP_PKEY *pkey);
RSA *d2i_RSA_PUBKEY(RSA **a, const unsigned char **pp, long length);
int i2d_RSA_PUBKEY(const RSA *a, unsigned char **pp);
RSA *d2i_RSA_PUBKEY_fp(FILE *fp, RSA **rsa);
int i2d_RSA_PUBKEY_fp(FILE *fp, const RSA *rsa);
RSA *d2i_RSA_PUBKEY_bio(BIO *bp, RSA **rsa);
int i2d_RSA_PUBKEY_bio(BIO *bp, const RSA *rsa);
RSA *d2i_RSAPrivateKey_fp(FILE *fp, RSA **rsa);
int i2d_RSAPrivateKey_fp(FILE *fp, const RSA *rsa);
RSA *d2i_RSAPrivateKey_bio(BIO *bp, RSA **rsa);
int i2d_RSAPrivateKey_bio(BIO *bp, const RSA *rsa);
EC_KEY *d2i_EC_PUBKEY(EC_KEY **a, const unsigned char **pp, long length);
int i2d_EC_PUBKEY(const EC_KEY *a, unsigned char **pp);
EC_KEY *d2i_ECPrivateKey_fp(FILE *fp, EC_KEY **eckey);
int i2d_ECPrivateKey_fp(FILE *fp, const EC_KEY *eckey);
EC_KEY *d2i_ECPrivateKey_bio(BIO *bp, EC_KEY **eckey);
int i2d_ECPrivateKey_bio(BIO *bp, const EC_KEY *eckey);
DSA *d2i_DSA_PUBKEY(DSA **a, const unsigned char **pp, long length);
int i2d_DSA_PUBKEY(const DSA *a, unsigned char **pp);
EVP_PKEY *d2i_PrivateKey_fp(FILE *fp, EVP_PKEY **a);
int i2d_PrivateKey_fp(FILE *fp, const EVP_PKEY *pkey);
EVP_PKEY *d2i_PrivateKey_bio(BIO *bp, EVP_PKEY **a);
int i2d_PrivateKey_bio(BIO *bp, const EVP_PKEY *pkey);
EVP_PKEY *d2i_PrivateKey_ex_bio(BIO *bp, EVP_PKEY **a, OSSL_LIB_CTX *libctx,
                                const char *propq);
EVP_PKEY *d2i_PrivateKey_ex_fp(FILE *fp, EVP_PKEY **a, OSSL_LIB_CTX *libctx, const char *propq);
int i2d_PKCS8PrivateKeyInfo_bio(BIO *bp, const EVP_PKEY *key);
int i2d_PKCS8PrivateKeyInfo_fp(FILE *fp, const EVP_PKEY *key);
PKCS8_PRIV_KEY_INFO *EVP_PKEY2PKCS8(const EVP_PKEY *pkey);
EVP_PKEY *EVP_PKCS82PKEY(const PKCS8_PRIV_KEY_INFO *p8);
void PKCS8_PRIV_KEY_INFO_free(PKCS8_PRIV_KEY_INFO *a);

/* ---- algorithm identifiers ---- */
X509_ALGOR *X509_ALGOR_new(void);
void X509_ALGOR_free(X509_ALGOR *a);
void X509_ALGOR_get0(const ASN1_OBJECT **paobj, int *pptype, const void **ppval,
                     const X509_ALGOR *algor);

#ifdef __cplusplus
}
#endif

#include <openssl/x509_vfy.h>

#endif /* SLUICE_STUB_OPENSSL_X509_H */
