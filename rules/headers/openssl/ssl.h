// Sluice bundled declarations for OpenSSL (openssl/ssl.h): declarations only, written from the documented API; used only when the real header is not installed.
#ifndef SLUICE_STUB_OPENSSL_SSL_H
#define SLUICE_STUB_OPENSSL_SSL_H

#include <stdio.h>
#include <stdint.h>
#include <openssl/types.h>
#include <openssl/bio.h>
#include <openssl/x509.h>
#include <openssl/crypto.h>
#include <openssl/buffer.h>
#include <openssl/pem.h>
#include <openssl/hmac.h>
#include <openssl/safestack.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ssl_method_st SSL_METHOD;
typedef struct ssl_cipher_st SSL_CIPHER;
typedef struct ssl_session_st SSL_SESSION;
typedef struct ssl_conf_ctx_st SSL_CONF_CTX;
typedef struct ssl_comp_st SSL_COMP;

/* STACK_OF(SSL_CIPHER) */
struct stack_st_SSL_CIPHER;
#define sk_SSL_CIPHER_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_SSL_CIPHER_value(sk, idx) ((const SSL_CIPHER *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_SSL_CIPHER_new(cmp) ((STACK_OF(SSL_CIPHER) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_SSL_CIPHER_new_null() ((STACK_OF(SSL_CIPHER) *)OPENSSL_sk_new_null())
#define sk_SSL_CIPHER_new_reserve(cmp, n) ((STACK_OF(SSL_CIPHER) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_SSL_CIPHER_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_SSL_CIPHER_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_SSL_CIPHER_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_SSL_CIPHER_delete(sk, i) ((const SSL_CIPHER *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_SSL_CIPHER_delete_ptr(sk, ptr) ((const SSL_CIPHER *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_SSL_CIPHER_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_SSL_CIPHER_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_SSL_CIPHER_pop(sk) ((const SSL_CIPHER *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_SSL_CIPHER_shift(sk) ((const SSL_CIPHER *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_SSL_CIPHER_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_SSL_CIPHER_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_SSL_CIPHER_set(sk, idx, ptr) ((const SSL_CIPHER *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_SSL_CIPHER_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_SSL_CIPHER_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_SSL_CIPHER_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_SSL_CIPHER_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_SSL_CIPHER_dup(sk) ((STACK_OF(SSL_CIPHER) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_SSL_CIPHER_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(SSL_CIPHER) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_SSL_CIPHER_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

/* STACK_OF(SSL_COMP) */
struct stack_st_SSL_COMP;
#define sk_SSL_COMP_num(sk) OPENSSL_sk_num((const OPENSSL_STACK *)(sk))
#define sk_SSL_COMP_value(sk, idx) ((SSL_COMP *)OPENSSL_sk_value((const OPENSSL_STACK *)(sk), (idx)))
#define sk_SSL_COMP_new(cmp) ((STACK_OF(SSL_COMP) *)OPENSSL_sk_new((OPENSSL_sk_compfunc)(cmp)))
#define sk_SSL_COMP_new_null() ((STACK_OF(SSL_COMP) *)OPENSSL_sk_new_null())
#define sk_SSL_COMP_new_reserve(cmp, n) ((STACK_OF(SSL_COMP) *)OPENSSL_sk_new_reserve((OPENSSL_sk_compfunc)(cmp), (n)))
#define sk_SSL_COMP_reserve(sk, n) OPENSSL_sk_reserve((OPENSSL_STACK *)(sk), (n))
#define sk_SSL_COMP_free(sk) OPENSSL_sk_free((OPENSSL_STACK *)(sk))
#define sk_SSL_COMP_zero(sk) OPENSSL_sk_zero((OPENSSL_STACK *)(sk))
#define sk_SSL_COMP_delete(sk, i) ((SSL_COMP *)OPENSSL_sk_delete((OPENSSL_STACK *)(sk), (i)))
#define sk_SSL_COMP_delete_ptr(sk, ptr) ((SSL_COMP *)OPENSSL_sk_delete_ptr((OPENSSL_STACK *)(sk), (const void *)(ptr)))
#define sk_SSL_COMP_push(sk, ptr) OPENSSL_sk_push((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_SSL_COMP_unshift(sk, ptr) OPENSSL_sk_unshift((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_SSL_COMP_pop(sk) ((SSL_COMP *)OPENSSL_sk_pop((OPENSSL_STACK *)(sk)))
#define sk_SSL_COMP_shift(sk) ((SSL_COMP *)OPENSSL_sk_shift((OPENSSL_STACK *)(sk)))
#define sk_SSL_COMP_pop_free(sk, freefunc) OPENSSL_sk_pop_free((OPENSSL_STACK *)(sk), (OPENSSL_sk_freefunc)(freefunc))
#define sk_SSL_COMP_insert(sk, ptr, idx) OPENSSL_sk_insert((OPENSSL_STACK *)(sk), (const void *)(ptr), (idx))
#define sk_SSL_COMP_set(sk, idx, ptr) ((SSL_COMP *)OPENSSL_sk_set((OPENSSL_STACK *)(sk), (idx), (const void *)(ptr)))
#define sk_SSL_COMP_find(sk, ptr) OPENSSL_sk_find((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_SSL_COMP_find_ex(sk, ptr) OPENSSL_sk_find_ex((OPENSSL_STACK *)(sk), (const void *)(ptr))
#define sk_SSL_COMP_sort(sk) OPENSSL_sk_sort((OPENSSL_STACK *)(sk))
#define sk_SSL_COMP_is_sorted(sk) OPENSSL_sk_is_sorted((const OPENSSL_STACK *)(sk))
#define sk_SSL_COMP_dup(sk) ((STACK_OF(SSL_COMP) *)OPENSSL_sk_dup((const OPENSSL_STACK *)(sk)))
#define sk_SSL_COMP_deep_copy(sk, copyfunc, freefunc) ((STACK_OF(SSL_COMP) *)OPENSSL_sk_deep_copy((const OPENSSL_STACK *)(sk), (OPENSSL_sk_copyfunc)(copyfunc), (OPENSSL_sk_freefunc)(freefunc)))
#define sk_SSL_COMP_set_cmp_func(sk, cmp) OPENSSL_sk_set_cmp_func((OPENSSL_STACK *)(sk), (OPENSSL_sk_compfunc)(cmp))

typedef int (*SSL_verify_cb)(int preverify_ok, X509_STORE_CTX *x509_ctx);
typedef int (*SSL_CTX_alpn_select_cb_func)(SSL *ssl, const unsigned char **out,
                                           unsigned char *outlen, const unsigned char *in,
                                           unsigned int inlen, void *arg);
typedef int (*SSL_CTX_npn_advertised_cb_func)(SSL *ssl, const unsigned char **out,
                                              unsigned int *outlen, void *arg);
typedef int (*SSL_CTX_npn_select_cb_func)(SSL *s, unsigned char **out, unsigned char *outlen,
                                          const unsigned char *in, unsigned int inlen,
                                          void *arg);
typedef unsigned int (*SSL_psk_client_cb_func)(SSL *ssl, const char *hint, char *identity,
                                               unsigned int max_identity_len,
                                               unsigned char *psk, unsigned int max_psk_len);
typedef unsigned int (*SSL_psk_server_cb_func)(SSL *ssl, const char *identity,
                                               unsigned char *psk, unsigned int max_psk_len);
typedef void (*SSL_CTX_keylog_cb_func)(const SSL *ssl, const char *line);
typedef int (*SSL_client_hello_cb_fn)(SSL *s, int *al, void *arg);
typedef int (*GEN_SESSION_CB)(SSL *ssl, unsigned char *id, unsigned int *id_len);

/* ---- protocol versions ---- */
#define SSL3_VERSION 0x0300
#define TLS1_VERSION 0x0301
#define TLS1_1_VERSION 0x0302
#define TLS1_2_VERSION 0x0303
#define TLS1_3_VERSION 0x0304
#define DTLS1_VERSION 0xFEFF
#define DTLS1_2_VERSION 0xFEFD
#define DTLS1_BAD_VER 0x0100
#define TLS_MAX_VERSION TLS1_3_VERSION
#define DTLS_MAX_VERSION DTLS1_2_VERSION
#define TLS_ANY_VERSION 0x10000
#define DTLS_ANY_VERSION 0x1FFFF
#define TLS1_VERSION_MAJOR 0x03

/* ---- verification modes (SSL_CTX_set_verify / SSL_set_verify) ---- */
#define SSL_VERIFY_NONE 0x00
#define SSL_VERIFY_PEER 0x01
#define SSL_VERIFY_FAIL_IF_NO_PEER_CERT 0x02
#define SSL_VERIFY_CLIENT_ONCE 0x04
#define SSL_VERIFY_POST_HANDSHAKE 0x08

#define SSL_FILETYPE_ASN1 X509_FILETYPE_ASN1
#define SSL_FILETYPE_PEM X509_FILETYPE_PEM

/* ---- SSL_get_error results ---- */
#define SSL_ERROR_NONE 0
#define SSL_ERROR_SSL 1
#define SSL_ERROR_WANT_READ 2
#define SSL_ERROR_WANT_WRITE 3
#define SSL_ERROR_WANT_X509_LOOKUP 4
#define SSL_ERROR_SYSCALL 5
#define SSL_ERROR_ZERO_RETURN 6
#define SSL_ERROR_WANT_CONNECT 7
#define SSL_ERROR_WANT_ACCEPT 8
#define SSL_ERROR_WANT_ASYNC 9
#define SSL_ERROR_WANT_ASYNC_JOB 10
#define SSL_ERROR_WANT_CLIENT_HELLO_CB 11
#define SSL_ERROR_WANT_RETRY_VERIFY 12

/* ---- SSL_want results ---- */
#define SSL_NOTHING 1
#define SSL_WRITING 2
#define SSL_READING 3
#define SSL_X509_LOOKUP 4
#define SSL_ASYNC_PAUSED 5
#define SSL_ASYNC_NO_JOBS 6
#define SSL_CLIENT_HELLO_CB 7
#define SSL_RETRY_VERIFY 8
#define SSL_want_nothing(s) (SSL_want(s) == SSL_NOTHING)
#define SSL_want_read(s) (SSL_want(s) == SSL_READING)
#define SSL_want_write(s) (SSL_want(s) == SSL_WRITING)
#define SSL_want_x509_lookup(s) (SSL_want(s) == SSL_X509_LOOKUP)

#define SSL_SENT_SHUTDOWN 1
#define SSL_RECEIVED_SHUTDOWN 2

#define SSL_MAX_SSL_SESSION_ID_LENGTH 32
#define SSL_MAX_SID_CTX_LENGTH 32
#define SSL_MAX_MASTER_KEY_LENGTH 48

/* ---- options (SSL_CTX_set_options) ---- */
#define SSL_OP_BIT(n) ((uint64_t)1 << (uint64_t)n)
#define SSL_OP_NO_EXTENDED_MASTER_SECRET SSL_OP_BIT(0)
#define SSL_OP_CLEANSE_PLAINTEXT SSL_OP_BIT(1)
#define SSL_OP_LEGACY_SERVER_CONNECT SSL_OP_BIT(2)
#define SSL_OP_ENABLE_KTLS SSL_OP_BIT(3)
#define SSL_OP_TLSEXT_PADDING SSL_OP_BIT(4)
#define SSL_OP_SAFARI_ECDHE_ECDSA_BUG SSL_OP_BIT(6)
#define SSL_OP_IGNORE_UNEXPECTED_EOF SSL_OP_BIT(7)
#define SSL_OP_ALLOW_CLIENT_RENEGOTIATION SSL_OP_BIT(8)
#define SSL_OP_DISABLE_TLSEXT_CA_NAMES SSL_OP_BIT(9)
#define SSL_OP_ALLOW_NO_DHE_KEX SSL_OP_BIT(10)
#define SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS SSL_OP_BIT(11)
#define SSL_OP_NO_QUERY_MTU SSL_OP_BIT(12)
#define SSL_OP_COOKIE_EXCHANGE SSL_OP_BIT(13)
#define SSL_OP_NO_TICKET SSL_OP_BIT(14)
#define SSL_OP_CISCO_ANYCONNECT SSL_OP_BIT(15)
#define SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION SSL_OP_BIT(16)
#define SSL_OP_NO_COMPRESSION SSL_OP_BIT(17)
#define SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION SSL_OP_BIT(18)
#define SSL_OP_NO_ENCRYPT_THEN_MAC SSL_OP_BIT(19)
#define SSL_OP_ENABLE_MIDDLEBOX_COMPAT SSL_OP_BIT(20)
#define SSL_OP_PRIORITIZE_CHACHA SSL_OP_BIT(21)
#define SSL_OP_CIPHER_SERVER_PREFERENCE SSL_OP_BIT(22)
#define SSL_OP_TLS_ROLLBACK_BUG SSL_OP_BIT(23)
#define SSL_OP_NO_ANTI_REPLAY SSL_OP_BIT(24)
#define SSL_OP_NO_SSLv3 SSL_OP_BIT(25)
#define SSL_OP_NO_TLSv1 SSL_OP_BIT(26)
#define SSL_OP_NO_TLSv1_2 SSL_OP_BIT(27)
#define SSL_OP_NO_TLSv1_1 SSL_OP_BIT(28)
#define SSL_OP_NO_TLSv1_3 SSL_OP_BIT(29)
#define SSL_OP_NO_DTLSv1 SSL_OP_BIT(26)
#define SSL_OP_NO_DTLSv1_2 SSL_OP_BIT(27)
#define SSL_OP_NO_RENEGOTIATION SSL_OP_BIT(30)
#define SSL_OP_CRYPTOPRO_TLSEXT_BUG SSL_OP_BIT(31)
#define SSL_OP_NO_SSL_MASK \
    (SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1 | SSL_OP_NO_TLSv1_2 | SSL_OP_NO_TLSv1_3)
#define SSL_OP_NO_DTLS_MASK (SSL_OP_NO_DTLSv1 | SSL_OP_NO_DTLSv1_2)
#define SSL_OP_ALL \
    (SSL_OP_CRYPTOPRO_TLSEXT_BUG | SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS | \
     SSL_OP_TLSEXT_PADDING | SSL_OP_SAFARI_ECDHE_ECDSA_BUG)
/* options that no longer do anything */
#define SSL_OP_NO_SSLv2 0x0
#define SSL_OP_MICROSOFT_SESS_ID_BUG 0x0
#define SSL_OP_NETSCAPE_CHALLENGE_BUG 0x0
#define SSL_OP_NETSCAPE_REUSE_CIPHER_CHANGE_BUG 0x0
#define SSL_OP_SSLREF2_REUSE_CERT_TYPE_BUG 0x0
#define SSL_OP_MICROSOFT_BIG_SSLV3_BUFFER 0x0
#define SSL_OP_MSIE_SSLV2_RSA_PADDING 0x0
#define SSL_OP_SSLEAY_080_CLIENT_DH_BUG 0x0
#define SSL_OP_TLS_D5_BUG 0x0
#define SSL_OP_TLS_BLOCK_PADDING_BUG 0x0
#define SSL_OP_SINGLE_ECDH_USE 0x0
#define SSL_OP_SINGLE_DH_USE 0x0
#define SSL_OP_EPHEMERAL_RSA 0x0
#define SSL_OP_PKCS1_CHECK_1 0x0
#define SSL_OP_PKCS1_CHECK_2 0x0
#define SSL_OP_NETSCAPE_CA_DN_BUG 0x0
#define SSL_OP_NETSCAPE_DEMO_CIPHER_CHANGE_BUG 0x0

/* ---- modes (SSL_CTX_set_mode) ---- */
#define SSL_MODE_ENABLE_PARTIAL_WRITE 0x00000001U
#define SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER 0x00000002U
#define SSL_MODE_AUTO_RETRY 0x00000004U
#define SSL_MODE_NO_AUTO_CHAIN 0x00000008U
#define SSL_MODE_RELEASE_BUFFERS 0x00000010U
#define SSL_MODE_SEND_CLIENTHELLO_TIME 0x00000020U
#define SSL_MODE_SEND_SERVERHELLO_TIME 0x00000040U
#define SSL_MODE_SEND_FALLBACK_SCSV 0x00000080U
#define SSL_MODE_ASYNC 0x00000100U
#define SSL_MODE_DTLS_SCTP_LABEL_LENGTH_BUG 0x00000400U

/* ---- session cache modes ---- */
#define SSL_SESS_CACHE_OFF 0x0000
#define SSL_SESS_CACHE_CLIENT 0x0001
#define SSL_SESS_CACHE_SERVER 0x0002
#define SSL_SESS_CACHE_BOTH (SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER)
#define SSL_SESS_CACHE_NO_AUTO_CLEAR 0x0080
#define SSL_SESS_CACHE_NO_INTERNAL_LOOKUP 0x0100
#define SSL_SESS_CACHE_NO_INTERNAL_STORE 0x0200
#define SSL_SESS_CACHE_NO_INTERNAL \
    (SSL_SESS_CACHE_NO_INTERNAL_LOOKUP | SSL_SESS_CACHE_NO_INTERNAL_STORE)
#define SSL_SESS_CACHE_UPDATE_TIME 0x0400

/* ---- info callback states ---- */
#define SSL_ST_CONNECT 0x1000
#define SSL_ST_ACCEPT 0x2000
#define SSL_ST_MASK 0x0FFF
#define SSL_CB_LOOP 0x01
#define SSL_CB_EXIT 0x02
#define SSL_CB_READ 0x04
#define SSL_CB_WRITE 0x08
#define SSL_CB_ALERT 0x4000
#define SSL_CB_READ_ALERT (SSL_CB_ALERT | SSL_CB_READ)
#define SSL_CB_WRITE_ALERT (SSL_CB_ALERT | SSL_CB_WRITE)
#define SSL_CB_ACCEPT_LOOP (SSL_ST_ACCEPT | SSL_CB_LOOP)
#define SSL_CB_ACCEPT_EXIT (SSL_ST_ACCEPT | SSL_CB_EXIT)
#define SSL_CB_CONNECT_LOOP (SSL_ST_CONNECT | SSL_CB_LOOP)
#define SSL_CB_CONNECT_EXIT (SSL_ST_CONNECT | SSL_CB_EXIT)
#define SSL_CB_HANDSHAKE_START 0x10
#define SSL_CB_HANDSHAKE_DONE 0x20

/* ---- TLS extensions ---- */
#define TLSEXT_NAMETYPE_host_name 0
#define TLSEXT_STATUSTYPE_ocsp 1
#define TLSEXT_MAXLEN_host_name 255
#define SSL_TLSEXT_ERR_OK 0
#define SSL_TLSEXT_ERR_ALERT_WARNING 1
#define SSL_TLSEXT_ERR_ALERT_FATAL 2
#define SSL_TLSEXT_ERR_NOACK 3
#define OPENSSL_NPN_UNSUPPORTED 0
#define OPENSSL_NPN_NEGOTIATED 1
#define OPENSSL_NPN_NO_OVERLAP 2

#define SSL_KEY_UPDATE_NONE -1
#define SSL_KEY_UPDATE_NOT_REQUESTED 0
#define SSL_KEY_UPDATE_REQUESTED 1

/* ---- alerts ---- */
#define SSL_AD_ACCESS_DENIED 49
#define SSL_AD_BAD_CERTIFICATE 42
#define SSL_AD_BAD_CERTIFICATE_HASH_VALUE 114
#define SSL_AD_BAD_CERTIFICATE_STATUS_RESPONSE 113
#define SSL_AD_BAD_RECORD_MAC 20
#define SSL_AD_CERTIFICATE_EXPIRED 45
#define SSL_AD_CERTIFICATE_REQUIRED 116
#define SSL_AD_CERTIFICATE_REVOKED 44
#define SSL_AD_CERTIFICATE_UNKNOWN 46
#define SSL_AD_CERTIFICATE_UNOBTAINABLE 111
#define SSL_AD_CLOSE_NOTIFY 0
#define SSL_AD_DECODE_ERROR 50
#define SSL_AD_DECOMPRESSION_FAILURE 30
#define SSL_AD_DECRYPTION_FAILED 21
#define SSL_AD_DECRYPT_ERROR 51
#define SSL_AD_EXPORT_RESTRICTION 60
#define SSL_AD_HANDSHAKE_FAILURE 40
#define SSL_AD_ILLEGAL_PARAMETER 47
#define SSL_AD_INAPPROPRIATE_FALLBACK 86
#define SSL_AD_INSUFFICIENT_SECURITY 71
#define SSL_AD_INTERNAL_ERROR 80
#define SSL_AD_MISSING_EXTENSION 109
#define SSL_AD_NO_APPLICATION_PROTOCOL 120
#define SSL_AD_NO_CERTIFICATE 41
#define SSL_AD_NO_RENEGOTIATION 100
#define SSL_AD_PROTOCOL_VERSION 70
#define SSL_AD_REASON_OFFSET 1000
#define SSL_AD_RECORD_OVERFLOW 22
#define SSL_AD_UNEXPECTED_MESSAGE 10
#define SSL_AD_UNKNOWN_CA 48
#define SSL_AD_UNKNOWN_PSK_IDENTITY 115
#define SSL_AD_UNRECOGNIZED_NAME 112
#define SSL_AD_UNSUPPORTED_CERTIFICATE 43
#define SSL_AD_UNSUPPORTED_EXTENSION 110
#define SSL_AD_USER_CANCELLED 90

/* ---- control codes for SSL_ctrl / SSL_CTX_ctrl ---- */
#define SSL_CTRL_SET_TMP_DH 3
#define SSL_CTRL_SET_TMP_ECDH 4
#define SSL_CTRL_SET_TMP_DH_CB 6
#define SSL_CTRL_GET_CLIENT_CERT_REQUEST 9
#define SSL_CTRL_GET_NUM_RENEGOTIATIONS 10
#define SSL_CTRL_CLEAR_NUM_RENEGOTIATIONS 11
#define SSL_CTRL_GET_TOTAL_RENEGOTIATIONS 12
#define SSL_CTRL_GET_FLAGS 13
#define SSL_CTRL_EXTRA_CHAIN_CERT 14
#define SSL_CTRL_SET_MSG_CALLBACK 15
#define SSL_CTRL_SET_MSG_CALLBACK_ARG 16
#define SSL_CTRL_SET_MTU 17
#define SSL_CTRL_SESS_NUMBER 20
#define SSL_CTRL_SESS_CONNECT 21
#define SSL_CTRL_SESS_CONNECT_GOOD 22
#define SSL_CTRL_SESS_CONNECT_RENEGOTIATE 23
#define SSL_CTRL_SESS_ACCEPT 24
#define SSL_CTRL_SESS_ACCEPT_GOOD 25
#define SSL_CTRL_SESS_ACCEPT_RENEGOTIATE 26
#define SSL_CTRL_SESS_HIT 27
#define SSL_CTRL_SESS_CB_HIT 28
#define SSL_CTRL_SESS_MISSES 29
#define SSL_CTRL_SESS_TIMEOUTS 30
#define SSL_CTRL_SESS_CACHE_FULL 31
#define SSL_CTRL_MODE 33
#define SSL_CTRL_GET_READ_AHEAD 40
#define SSL_CTRL_SET_READ_AHEAD 41
#define SSL_CTRL_SET_SESS_CACHE_SIZE 42
#define SSL_CTRL_GET_SESS_CACHE_SIZE 43
#define SSL_CTRL_SET_SESS_CACHE_MODE 44
#define SSL_CTRL_GET_SESS_CACHE_MODE 45
#define SSL_CTRL_GET_MAX_CERT_LIST 50
#define SSL_CTRL_SET_MAX_CERT_LIST 51
#define SSL_CTRL_SET_MAX_SEND_FRAGMENT 52
#define SSL_CTRL_SET_TLSEXT_SERVERNAME_CB 53
#define SSL_CTRL_SET_TLSEXT_SERVERNAME_ARG 54
#define SSL_CTRL_SET_TLSEXT_HOSTNAME 55
#define SSL_CTRL_SET_TLSEXT_DEBUG_CB 56
#define SSL_CTRL_SET_TLSEXT_DEBUG_ARG 57
#define SSL_CTRL_GET_TLSEXT_TICKET_KEYS 58
#define SSL_CTRL_SET_TLSEXT_TICKET_KEYS 59
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB 63
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB_ARG 64
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_TYPE 65
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_EXTS 66
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_EXTS 67
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_IDS 68
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_IDS 69
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_OCSP_RESP 70
#define SSL_CTRL_SET_TLSEXT_STATUS_REQ_OCSP_RESP 71
#define SSL_CTRL_SET_TLSEXT_TICKET_KEY_CB 72
#define SSL_CTRL_SET_TLS_EXT_SRP_USERNAME_CB 75
#define SSL_CTRL_GET_RI_SUPPORT 76
#define SSL_CTRL_SET_SRP_VERIFY_PARAM_CB 76
#define SSL_CTRL_SET_SRP_GIVE_CLIENT_PWD_CB 77
#define SSL_CTRL_CLEAR_MODE 78
#define SSL_CTRL_SET_SRP_ARG 78
#define SSL_CTRL_SET_NOT_RESUMABLE_SESS_CB 79
#define SSL_CTRL_SET_TLS_EXT_SRP_USERNAME 79
#define SSL_CTRL_SET_TLS_EXT_SRP_STRENGTH 80
#define SSL_CTRL_SET_TLS_EXT_SRP_PASSWORD 81
#define SSL_CTRL_GET_EXTRA_CHAIN_CERTS 82
#define SSL_CTRL_CLEAR_EXTRA_CHAIN_CERTS 83
#define SSL_CTRL_CHAIN 88
#define SSL_CTRL_CHAIN_CERT 89
#define SSL_CTRL_GET_CURVES 90
#define SSL_CTRL_GET_GROUPS 90
#define SSL_CTRL_SET_CURVES 91
#define SSL_CTRL_SET_GROUPS 91
#define SSL_CTRL_SET_CURVES_LIST 92
#define SSL_CTRL_SET_GROUPS_LIST 92
#define SSL_CTRL_GET_SHARED_CURVE 93
#define SSL_CTRL_GET_SHARED_GROUP 93
#define SSL_CTRL_SET_SIGALGS 97
#define SSL_CTRL_SET_SIGALGS_LIST 98
#define SSL_CTRL_CERT_FLAGS 99
#define SSL_CTRL_CLEAR_CERT_FLAGS 100
#define SSL_CTRL_SET_CLIENT_SIGALGS 101
#define SSL_CTRL_SET_CLIENT_SIGALGS_LIST 102
#define SSL_CTRL_GET_CLIENT_CERT_TYPES 103
#define SSL_CTRL_SET_CLIENT_CERT_TYPES 104
#define SSL_CTRL_BUILD_CERT_CHAIN 105
#define SSL_CTRL_SET_VERIFY_CERT_STORE 106
#define SSL_CTRL_SET_CHAIN_CERT_STORE 107
#define SSL_CTRL_GET_PEER_SIGNATURE_NID 108
#define SSL_CTRL_GET_PEER_TMP_KEY 109
#define SSL_CTRL_GET_SERVER_TMP_KEY 109
#define SSL_CTRL_GET_RAW_CIPHERLIST 110
#define SSL_CTRL_GET_EC_POINT_FORMATS 111
#define SSL_CTRL_GET_CHAIN_CERTS 115
#define SSL_CTRL_SELECT_CURRENT_CERT 116
#define SSL_CTRL_SET_CURRENT_CERT 117
#define SSL_CTRL_SET_DH_AUTO 118
#define SSL_CTRL_GET_EXTMS_SUPPORT 122
#define SSL_CTRL_SET_MIN_PROTO_VERSION 123
#define SSL_CTRL_SET_MAX_PROTO_VERSION 124
#define SSL_CTRL_SET_SPLIT_SEND_FRAGMENT 125
#define SSL_CTRL_SET_MAX_PIPELINES 126
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_TYPE 127
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_CB 128
#define SSL_CTRL_GET_TLSEXT_STATUS_REQ_CB_ARG 129
#define SSL_CTRL_GET_MIN_PROTO_VERSION 130
#define SSL_CTRL_GET_MAX_PROTO_VERSION 131
#define SSL_CTRL_GET_SIGNATURE_NID 132
#define SSL_CTRL_GET_TMP_KEY 133
#define SSL_CTRL_GET_NEGOTIATED_GROUP 134
#define SSL_CTRL_SET_RETRY_VERIFY 136
#define SSL_CTRL_GET_VERIFY_CERT_STORE 137
#define SSL_CTRL_GET_CHAIN_CERT_STORE 138

/* ---- library initialisation ---- */
#define OPENSSL_INIT_NO_LOAD_SSL_STRINGS 0x00100000L
#define OPENSSL_INIT_LOAD_SSL_STRINGS 0x00200000L
#define OPENSSL_INIT_SSL_DEFAULT (OPENSSL_INIT_LOAD_SSL_STRINGS | OPENSSL_INIT_LOAD_CRYPTO_STRINGS)
int OPENSSL_init_ssl(uint64_t opts, const OPENSSL_INIT_SETTINGS *settings);
#define SSL_library_init() OPENSSL_init_ssl(0, NULL)
#define SSL_load_error_strings() \
    OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS | OPENSSL_INIT_LOAD_CRYPTO_STRINGS, NULL)
#define OpenSSL_add_ssl_algorithms() SSL_library_init()
#define SSLeay_add_ssl_algorithms() SSL_library_init()
int ERR_load_SSL_strings(void);

/* ---- helpers defined as macros by the library ---- */
#define SSL_CTX_set_mode(ctx, op) SSL_CTX_ctrl((ctx), SSL_CTRL_MODE, (op), NULL)
#define SSL_CTX_clear_mode(ctx, op) SSL_CTX_ctrl((ctx), SSL_CTRL_CLEAR_MODE, (op), NULL)
#define SSL_CTX_get_mode(ctx) SSL_CTX_ctrl((ctx), SSL_CTRL_MODE, 0, NULL)
#define SSL_clear_mode(ssl, op) SSL_ctrl((ssl), SSL_CTRL_CLEAR_MODE, (op), NULL)
#define SSL_set_mode(ssl, op) SSL_ctrl((ssl), SSL_CTRL_MODE, (op), NULL)
#define SSL_get_mode(ssl) SSL_ctrl((ssl), SSL_CTRL_MODE, 0, NULL)
#define SSL_set_app_data(s, arg) (SSL_set_ex_data(s, 0, (char *)(arg)))
#define SSL_get_app_data(s) (SSL_get_ex_data(s, 0))
#define SSL_CTX_get_app_data(ctx) (SSL_CTX_get_ex_data(ctx, 0))
#define SSL_CTX_set_app_data(ctx, arg) (SSL_CTX_set_ex_data(ctx, 0, (char *)(arg)))
#define SSL_get_ex_new_index(l, p, newf, dupf, freef) \
    CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_SSL, l, p, newf, dupf, freef)
#define SSL_CTX_get_ex_new_index(l, p, newf, dupf, freef) \
    CRYPTO_get_ex_new_index(CRYPTO_EX_INDEX_SSL_CTX, l, p, newf, dupf, freef)
#define SSL_in_connect_init(a) (SSL_in_init(a) && !SSL_is_server(a))
#define SSL_in_accept_init(a) (SSL_in_init(a) && SSL_is_server(a))
#define SSL_get_cipher(s) SSL_CIPHER_get_name(SSL_get_current_cipher(s))
#define SSL_get_cipher_bits(s, np) SSL_CIPHER_get_bits(SSL_get_current_cipher(s), np)
#define SSL_get_cipher_version(s) SSL_CIPHER_get_version(SSL_get_current_cipher(s))
#define SSL_get_cipher_name(s) SSL_CIPHER_get_name(SSL_get_current_cipher(s))
#define SSL_get_time(a) SSL_SESSION_get_time(a)
#define SSL_set_time(a, b) SSL_SESSION_set_time((a), (b))
#define SSL_get_timeout(a) SSL_SESSION_get_timeout(a)
#define SSL_set_timeout(a, b) SSL_SESSION_set_timeout((a), (b))
#define SSL_cache_hit(s) SSL_session_reused(s)
#define SSL_get_peer_certificate SSL_get1_peer_certificate
#define SSLv23_method TLS_method
#define SSLv23_client_method TLS_client_method
#define SSLv23_server_method TLS_server_method
#define TLS1_get_version(s) ((SSL_version(s) >> 8) == TLS1_VERSION_MAJOR ? SSL_version(s) : 0)

#define SSL_CTX_set_tmp_dh(ctx, dh) SSL_CTX_ctrl(ctx, SSL_CTRL_SET_TMP_DH, 0, (char *)(dh))
#define SSL_CTX_set_dh_auto(ctx, onoff) SSL_CTX_ctrl(ctx, SSL_CTRL_SET_DH_AUTO, onoff, NULL)
#define SSL_set_dh_auto(s, onoff) SSL_ctrl(s, SSL_CTRL_SET_DH_AUTO, onoff, NULL)
#define SSL_set_tmp_dh(ssl, dh) SSL_ctrl(ssl, SSL_CTRL_SET_TMP_DH, 0, (char *)(dh))
#define SSL_CTX_set_tmp_ecdh(ctx, ecdh) SSL_CTX_ctrl(ctx, SSL_CTRL_SET_TMP_ECDH, 0, (char *)(ecdh))
#define SSL_set_tmp_ecdh(ssl, ecdh) SSL_ctrl(ssl, SSL_CTRL_SET_TMP_ECDH, 0, (char *)(ecdh))
#define SSL_CTX_set_ecdh_auto(dummy, onoff) ((onoff) != 0)
#define SSL_set_ecdh_auto(dummy, onoff) ((onoff) != 0)
#define SSL_CTX_add_extra_chain_cert(ctx, x509) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_EXTRA_CHAIN_CERT, 0, (char *)(x509))
#define SSL_CTX_get_extra_chain_certs(ctx, px509) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_GET_EXTRA_CHAIN_CERTS, 0, px509)
#define SSL_CTX_clear_extra_chain_certs(ctx) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_CLEAR_EXTRA_CHAIN_CERTS, 0, NULL)
#define SSL_CTX_set0_chain(ctx, sk) SSL_CTX_ctrl(ctx, SSL_CTRL_CHAIN, 0, (char *)(sk))
#define SSL_CTX_set1_chain(ctx, sk) SSL_CTX_ctrl(ctx, SSL_CTRL_CHAIN, 1, (char *)(sk))
#define SSL_CTX_add0_chain_cert(ctx, x509) SSL_CTX_ctrl(ctx, SSL_CTRL_CHAIN_CERT, 0, (char *)(x509))
#define SSL_CTX_add1_chain_cert(ctx, x509) SSL_CTX_ctrl(ctx, SSL_CTRL_CHAIN_CERT, 1, (char *)(x509))
#define SSL_CTX_set1_groups_list(ctx, s) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_GROUPS_LIST, 0, (char *)(s))
#define SSL_set1_groups_list(s, str) SSL_ctrl(s, SSL_CTRL_SET_GROUPS_LIST, 0, (char *)(str))
#define SSL_CTX_set1_curves_list SSL_CTX_set1_groups_list
#define SSL_set1_curves_list SSL_set1_groups_list
#define SSL_CTX_set1_sigalgs_list(ctx, s) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SIGALGS_LIST, 0, (char *)(s))
#define SSL_set1_sigalgs_list(s, str) SSL_ctrl(s, SSL_CTRL_SET_SIGALGS_LIST, 0, (char *)(str))
#define SSL_CTX_set_min_proto_version(ctx, version) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MIN_PROTO_VERSION, version, NULL)
#define SSL_CTX_set_max_proto_version(ctx, version) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MAX_PROTO_VERSION, version, NULL)
#define SSL_CTX_get_min_proto_version(ctx) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_GET_MIN_PROTO_VERSION, 0, NULL)
#define SSL_CTX_get_max_proto_version(ctx) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_GET_MAX_PROTO_VERSION, 0, NULL)
#define SSL_set_min_proto_version(s, version) \
    SSL_ctrl(s, SSL_CTRL_SET_MIN_PROTO_VERSION, version, NULL)
#define SSL_set_max_proto_version(s, version) \
    SSL_ctrl(s, SSL_CTRL_SET_MAX_PROTO_VERSION, version, NULL)
#define SSL_get_min_proto_version(s) SSL_ctrl(s, SSL_CTRL_GET_MIN_PROTO_VERSION, 0, NULL)
#define SSL_get_max_proto_version(s) SSL_ctrl(s, SSL_CTRL_GET_MAX_PROTO_VERSION, 0, NULL)
#define SSL_CTX_sess_number(ctx) SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_NUMBER, 0, NULL)
#define SSL_CTX_sess_hits(ctx) SSL_CTX_ctrl(ctx, SSL_CTRL_SESS_HIT, 0, NULL)
#define SSL_CTX_sess_set_cache_size(ctx, t) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SESS_CACHE_SIZE, t, NULL)
#define SSL_CTX_sess_get_cache_size(ctx) SSL_CTX_ctrl(ctx, SSL_CTRL_GET_SESS_CACHE_SIZE, 0, NULL)
#define SSL_CTX_set_session_cache_mode(ctx, m) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_SESS_CACHE_MODE, m, NULL)
#define SSL_CTX_get_session_cache_mode(ctx) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_GET_SESS_CACHE_MODE, 0, NULL)
#define SSL_CTX_set_read_ahead(ctx, m) SSL_CTX_ctrl(ctx, SSL_CTRL_SET_READ_AHEAD, m, NULL)
#define SSL_CTX_get_read_ahead(ctx) SSL_CTX_ctrl(ctx, SSL_CTRL_GET_READ_AHEAD, 0, NULL)
#define SSL_CTX_set_max_cert_list(ctx, m) SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MAX_CERT_LIST, m, NULL)
#define SSL_CTX_set_max_send_fragment(ctx, m) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_MAX_SEND_FRAGMENT, m, NULL)
#define SSL_get_secure_renegotiation_support(ssl) SSL_ctrl((ssl), SSL_CTRL_GET_RI_SUPPORT, 0, NULL)
#define SSL_get_peer_tmp_key(s, pk) SSL_ctrl(s, SSL_CTRL_GET_PEER_TMP_KEY, 0, pk)
#define SSL_get_server_tmp_key(s, pk) SSL_get_peer_tmp_key(s, pk)
#define SSL_set_retry_verify(ssl) (SSL_ctrl(ssl, SSL_CTRL_SET_RETRY_VERIFY, 0, NULL) > 0)

#define SSL_set_tlsext_host_name(s, name) \
    SSL_ctrl(s, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, (void *)name)
#define SSL_CTX_set_tlsext_servername_callback(ctx, cb) \
    SSL_CTX_callback_ctrl(ctx, SSL_CTRL_SET_TLSEXT_SERVERNAME_CB, (void (*)(void))cb)
#define SSL_CTX_set_tlsext_servername_arg(ctx, arg) \
    SSL_CTX_ctrl(ctx, SSL_CTRL_SET_TLSEXT_SERVERNAME_ARG, 0, arg)
#define SSL_CTX_set_tlsext_status_cb(ssl, cb) \
    SSL_CTX_callback_ctrl(ssl, SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB, (void (*)(void))cb)
#define SSL_CTX_set_tlsext_status_arg(ssl, arg) \
    SSL_CTX_ctrl(ssl, SSL_CTRL_SET_TLSEXT_STATUS_REQ_CB_ARG, 0, arg)
#define SSL_set_tlsext_status_type(ssl, type) \
    SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_STATUS_REQ_TYPE, type, NULL)
#define SSL_get_tlsext_status_ocsp_resp(ssl, arg) \
    SSL_ctrl(ssl, SSL_CTRL_GET_TLSEXT_STATUS_REQ_OCSP_RESP, 0, arg)
#define SSL_CTX_set_tlsext_ticket_key_cb(ssl, cb) \
    SSL_CTX_callback_ctrl(ssl, SSL_CTRL_SET_TLSEXT_TICKET_KEY_CB, (void (*)(void))cb)

/* ---- methods ---- */
const SSL_METHOD *TLS_method(void);
const SSL_METHOD *TLS_server_method(void);
const SSL_METHOD *TLS_client_method(void);
const SSL_METHOD *TLSv1_method(void);
const SSL_METHOD *TLSv1_server_method(void);
const SSL_METHOD *TLSv1_client_method(void);
const SSL_METHOD *TLSv1_1_method(void);
const SSL_METHOD *TLSv1_1_server_method(void);
const SSL_METHOD *TLSv1_1_client_method(void);
const SSL_METHOD *TLSv1_2_method(void);
const SSL_METHOD *TLSv1_2_server_method(void);
const SSL_METHOD *TLSv1_2_client_method(void);
const SSL_METHOD *DTLS_method(void);
const SSL_METHOD *DTLS_server_method(void);
const SSL_METHOD *DTLS_client_method(void);
const SSL_METHOD *DTLSv1_2_method(void);
const SSL_METHOD *DTLSv1_2_server_method(void);
const SSL_METHOD *DTLSv1_2_client_method(void);

/* ---- contexts ---- */
SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth);
SSL_CTX *SSL_CTX_new_ex(OSSL_LIB_CTX *libctx, const char *propq, const SSL_METHOD *meth);
int SSL_CTX_up_ref(SSL_CTX *ctx);
void SSL_CTX_free(SSL_CTX *ctx);
long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg);
long SSL_CTX_callback_ctrl(SSL_CTX *ctx, int cmd, void (*fp)(void));
uint64_t SSL_CTX_get_options(const SSL_CTX *ctx);
uint64_t SSL_CTX_set_options(SSL_CTX *ctx, uint64_t op);
uint64_t SSL_CTX_clear_options(SSL_CTX *ctx, uint64_t op);
int SSL_CTX_set_cipher_list(SSL_CTX *ctx, const char *str);
int SSL_CTX_set_ciphersuites(SSL_CTX *ctx, const char *str);
STACK_OF(SSL_CIPHER) *SSL_CTX_get_ciphers(const SSL_CTX *ctx);
long SSL_CTX_set_timeout(SSL_CTX *ctx, long t);
long SSL_CTX_get_timeout(const SSL_CTX *ctx);
X509_STORE *SSL_CTX_get_cert_store(const SSL_CTX *ctx);
void SSL_CTX_set_cert_store(SSL_CTX *ctx, X509_STORE *store);
void SSL_CTX_set1_cert_store(SSL_CTX *ctx, X509_STORE *store);
void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, SSL_verify_cb callback);
void SSL_CTX_set_verify_depth(SSL_CTX *ctx, int depth);
int SSL_CTX_get_verify_mode(const SSL_CTX *ctx);
int SSL_CTX_get_verify_depth(const SSL_CTX *ctx);
SSL_verify_cb SSL_CTX_get_verify_callback(const SSL_CTX *ctx);
void SSL_CTX_set_cert_verify_callback(SSL_CTX *ctx, int (*cb)(X509_STORE_CTX *, void *),
                                      void *arg);
void SSL_CTX_set_cert_cb(SSL_CTX *c, int (*cb)(SSL *ssl, void *arg), void *arg);
X509_VERIFY_PARAM *SSL_CTX_get0_param(SSL_CTX *ctx);
int SSL_CTX_set1_param(SSL_CTX *ctx, X509_VERIFY_PARAM *vpm);
int SSL_CTX_set_purpose(SSL_CTX *ctx, int purpose);
int SSL_CTX_set_trust(SSL_CTX *ctx, int trust);
int SSL_CTX_load_verify_locations(SSL_CTX *ctx, const char *CAfile, const char *CApath);
int SSL_CTX_load_verify_file(SSL_CTX *ctx, const char *CAfile);
int SSL_CTX_load_verify_dir(SSL_CTX *ctx, const char *CApath);
int SSL_CTX_load_verify_store(SSL_CTX *ctx, const char *CAstore);
int SSL_CTX_set_default_verify_paths(SSL_CTX *ctx);
int SSL_CTX_set_default_verify_dir(SSL_CTX *ctx);
int SSL_CTX_set_default_verify_file(SSL_CTX *ctx);
int SSL_CTX_use_certificate(SSL_CTX *ctx, X509 *x);
int SSL_CTX_use_certificate_ASN1(SSL_CTX *ctx, int len, const unsigned char *d);
int SSL_CTX_use_certificate_file(SSL_CTX *ctx, const char *file, int type);
int SSL_CTX_use_certificate_chain_file(SSL_CTX *ctx, const char *file);
int SSL_CTX_use_PrivateKey(SSL_CTX *ctx, EVP_PKEY *pkey);
int SSL_CTX_use_PrivateKey_ASN1(int pk, SSL_CTX *ctx, const unsigned char *d, long len);
int SSL_CTX_use_PrivateKey_file(SSL_CTX *ctx, const char *file, int type);
int SSL_CTX_use_RSAPrivateKey(SSL_CTX *ctx, RSA *rsa);
int SSL_CTX_use_RSAPrivateKey_file(SSL_CTX *ctx, const char *file, int type);
int SSL_CTX_use_cert_and_key(SSL_CTX *ctx, X509 *x509, EVP_PKEY *privatekey,
                             STACK_OF(X509) *chain, int override);
int SSL_CTX_check_private_key(const SSL_CTX *ctx);
X509 *SSL_CTX_get0_certificate(const SSL_CTX *ctx);
EVP_PKEY *SSL_CTX_get0_privatekey(const SSL_CTX *ctx);
void SSL_CTX_set_default_passwd_cb(SSL_CTX *ctx, pem_password_cb *cb);
void SSL_CTX_set_default_passwd_cb_userdata(SSL_CTX *ctx, void *u);
pem_password_cb *SSL_CTX_get_default_passwd_cb(SSL_CTX *ctx);
void *SSL_CTX_get_default_passwd_cb_userdata(SSL_CTX *ctx);
void SSL_CTX_set_client_CA_list(SSL_CTX *ctx, STACK_OF(X509_NAME) *name_list);
STACK_OF(X509_NAME) *SSL_CTX_get_client_CA_list(const SSL_CTX *s);
int SSL_CTX_add_client_CA(SSL_CTX *ctx, X509 *x);
STACK_OF(X509_NAME) *SSL_load_client_CA_file(const char *file);
int SSL_CTX_set_session_id_context(SSL_CTX *ctx, const unsigned char *sid_ctx,
                                   unsigned int sid_ctx_len);
int SSL_CTX_set_alpn_protos(SSL_CTX *ctx, const unsigned char *protos, unsigned int protos_len);
void SSL_CTX_set_alpn_select_cb(SSL_CTX *ctx, SSL_CTX_alpn_select_cb_func cb, void *arg);
void SSL_CTX_set_next_protos_advertised_cb(SSL_CTX *s, SSL_CTX_npn_advertised_cb_func cb,
                                           void *arg);
void SSL_CTX_set_next_proto_select_cb(SSL_CTX *s, SSL_CTX_npn_select_cb_func cb, void *arg);
int SSL_select_next_proto(unsigned char **out, unsigned char *outlen, const unsigned char *in,
                          unsigned int inlen, const unsigned char *client,
                          unsigned int client_len);
void SSL_CTX_set_info_callback(SSL_CTX *ctx, void (*cb)(const SSL *ssl, int type, int val));
void SSL_CTX_set_msg_callback(SSL_CTX *ctx,
                              void (*cb)(int write_p, int version, int content_type,
                                         const void *buf, size_t len, SSL *ssl, void *arg));
void SSL_CTX_set_keylog_callback(SSL_CTX *ctx, SSL_CTX_keylog_cb_func cb);
SSL_CTX_keylog_cb_func SSL_CTX_get_keylog_callback(const SSL_CTX *ctx);
void SSL_CTX_set_client_hello_cb(SSL_CTX *c, SSL_client_hello_cb_fn cb, void *arg);
void SSL_CTX_set_psk_client_callback(SSL_CTX *ctx, SSL_psk_client_cb_func cb);
void SSL_CTX_set_psk_server_callback(SSL_CTX *ctx, SSL_psk_server_cb_func cb);
int SSL_CTX_use_psk_identity_hint(SSL_CTX *ctx, const char *identity_hint);
void SSL_CTX_set_quiet_shutdown(SSL_CTX *ctx, int mode);
int SSL_CTX_get_quiet_shutdown(const SSL_CTX *ctx);
int SSL_CTX_set_ex_data(SSL_CTX *ssl, int idx, void *data);
void *SSL_CTX_get_ex_data(const SSL_CTX *ssl, int idx);
int SSL_CTX_set_num_tickets(SSL_CTX *ctx, size_t num_tickets);
void SSL_CTX_set_security_level(SSL_CTX *ctx, int level);
int SSL_CTX_get_security_level(const SSL_CTX *ctx);
void SSL_CTX_sess_set_new_cb(SSL_CTX *ctx, int (*new_session_cb)(struct ssl_st *ssl,
                                                                 SSL_SESSION *sess));
void SSL_CTX_sess_set_remove_cb(SSL_CTX *ctx,
                                void (*remove_session_cb)(struct ssl_ctx_st *ctx,
                                                          SSL_SESSION *sess));
int SSL_CTX_add_session(SSL_CTX *ctx, SSL_SESSION *session);
int SSL_CTX_remove_session(SSL_CTX *ctx, SSL_SESSION *session);
void SSL_CTX_flush_sessions(SSL_CTX *ctx, long tm);
int SSL_CTX_dane_enable(SSL_CTX *ctx);
int SSL_CTX_config(SSL_CTX *ctx, const char *name);

/* ---- connections ---- */
SSL *SSL_new(SSL_CTX *ctx);
int SSL_up_ref(SSL *s);
void SSL_free(SSL *ssl);
SSL *SSL_dup(SSL *ssl);
int SSL_clear(SSL *s);
long SSL_ctrl(SSL *ssl, int cmd, long larg, void *parg);
long SSL_callback_ctrl(SSL *ssl, int cmd, void (*fp)(void));
SSL_CTX *SSL_get_SSL_CTX(const SSL *ssl);
SSL_CTX *SSL_set_SSL_CTX(SSL *ssl, SSL_CTX *ctx);
uint64_t SSL_get_options(const SSL *s);
uint64_t SSL_set_options(SSL *s, uint64_t op);
uint64_t SSL_clear_options(SSL *s, uint64_t op);

int SSL_set_fd(SSL *s, int fd);
int SSL_set_rfd(SSL *s, int fd);
int SSL_set_wfd(SSL *s, int fd);
int SSL_get_fd(const SSL *s);
int SSL_get_rfd(const SSL *s);
int SSL_get_wfd(const SSL *s);
void SSL_set_bio(SSL *s, BIO *rbio, BIO *wbio);
void SSL_set0_rbio(SSL *s, BIO *rbio);
void SSL_set0_wbio(SSL *s, BIO *wbio);
BIO *SSL_get_rbio(const SSL *s);
BIO *SSL_get_wbio(const SSL *s);

void SSL_set_connect_state(SSL *s);
void SSL_set_accept_state(SSL *s);
int SSL_is_server(const SSL *s);
int SSL_connect(SSL *ssl);
int SSL_accept(SSL *ssl);
int SSL_do_handshake(SSL *s);
int SSL_stateless(SSL *s);
int SSL_read(SSL *ssl, void *buf, int num);
int SSL_read_ex(SSL *ssl, void *buf, size_t num, size_t *readbytes);
int SSL_peek(SSL *ssl, void *buf, int num);
int SSL_peek_ex(SSL *ssl, void *buf, size_t num, size_t *readbytes);
int SSL_write(SSL *ssl, const void *buf, int num);
int SSL_write_ex(SSL *s, const void *buf, size_t num, size_t *written);
ossl_ssize_t SSL_sendfile(SSL *s, int fd, off_t offset, size_t size, int flags);
int SSL_pending(const SSL *s);
int SSL_has_pending(const SSL *s);
int SSL_shutdown(SSL *s);
int SSL_get_shutdown(const SSL *ssl);
void SSL_set_shutdown(SSL *ssl, int mode);
void SSL_set_quiet_shutdown(SSL *ssl, int mode);
int SSL_get_quiet_shutdown(const SSL *ssl);
int SSL_renegotiate(SSL *s);
int SSL_key_update(SSL *s, int updatetype);
int SSL_verify_client_post_handshake(SSL *s);
int SSL_get_error(const SSL *s, int ret_code);
int SSL_want(const SSL *s);
int SSL_in_init(const SSL *s);
int SSL_in_before(const SSL *s);
int SSL_is_init_finished(const SSL *s);
const char *SSL_state_string(const SSL *s);
const char *SSL_state_string_long(const SSL *s);
const char *SSL_alert_type_string(int value);
const char *SSL_alert_type_string_long(int value);
const char *SSL_alert_desc_string(int value);
const char *SSL_alert_desc_string_long(int value);
const char *SSL_rstate_string(const SSL *s);
const char *SSL_rstate_string_long(const SSL *s);
void SSL_set_info_callback(SSL *ssl, void (*cb)(const SSL *ssl, int type, int val));

int SSL_version(const SSL *ssl);
const char *SSL_get_version(const SSL *s);
int SSL_client_version(const SSL *s);
const SSL_METHOD *SSL_get_ssl_method(const SSL *s);
int SSL_set_ssl_method(SSL *s, const SSL_METHOD *method);

/* verification */
void SSL_set_verify(SSL *s, int mode, SSL_verify_cb callback);
void SSL_set_verify_depth(SSL *s, int depth);
int SSL_get_verify_mode(const SSL *s);
int SSL_get_verify_depth(const SSL *s);
SSL_verify_cb SSL_get_verify_callback(const SSL *s);
long SSL_get_verify_result(const SSL *ssl);
void SSL_set_verify_result(SSL *ssl, long v);
X509_VERIFY_PARAM *SSL_get0_param(SSL *ssl);
int SSL_set1_param(SSL *ssl, X509_VERIFY_PARAM *vpm);
int SSL_set1_host(SSL *s, const char *hostname);
int SSL_add1_host(SSL *s, const char *hostname);
const char *SSL_get0_peername(SSL *s);
void SSL_set_hostflags(SSL *s, unsigned int flags);
int SSL_get_ex_data_X509_STORE_CTX_idx(void);
int SSL_dane_enable(SSL *s, const char *basedomain);

/* peer and local certificates */
X509 *SSL_get1_peer_certificate(const SSL *s);
X509 *SSL_get0_peer_certificate(const SSL *s);
STACK_OF(X509) *SSL_get_peer_cert_chain(const SSL *s);
STACK_OF(X509) *SSL_get0_verified_chain(const SSL *s);
X509 *SSL_get_certificate(const SSL *ssl);
EVP_PKEY *SSL_get_privatekey(const SSL *ssl);
int SSL_use_certificate(SSL *ssl, X509 *x);
int SSL_use_certificate_ASN1(SSL *ssl, const unsigned char *d, int len);
int SSL_use_certificate_file(SSL *ssl, const char *file, int type);
int SSL_use_certificate_chain_file(SSL *ssl, const char *file);
int SSL_use_PrivateKey(SSL *ssl, EVP_PKEY *pkey);
int SSL_use_PrivateKey_ASN1(int pk, SSL *ssl, const unsigned char *d, long len);
int SSL_use_PrivateKey_file(SSL *ssl, const char *file, int type);
int SSL_use_RSAPrivateKey(SSL *ssl, RSA *rsa);
int SSL_use_RSAPrivateKey_file(SSL *ssl, const char *file, int type);
int SSL_check_private_key(const SSL *ctx);
STACK_OF(X509_NAME) *SSL_get_client_CA_list(const SSL *s);
void SSL_set_client_CA_list(SSL *s, STACK_OF(X509_NAME) *name_list);
void SSL_set_default_passwd_cb(SSL *s, pem_password_cb *cb);
void SSL_set_default_passwd_cb_userdata(SSL *s, void *u);

/* ciphers and negotiated parameters */
int SSL_set_cipher_list(SSL *s, const char *str);
int SSL_set_ciphersuites(SSL *s, const char *str);
STACK_OF(SSL_CIPHER) *SSL_get_ciphers(const SSL *s);
STACK_OF(SSL_CIPHER) *SSL_get1_supported_ciphers(SSL *s);
const char *SSL_get_cipher_list(const SSL *s, int n);
char *SSL_get_shared_ciphers(const SSL *s, char *buf, int size);
const SSL_CIPHER *SSL_get_current_cipher(const SSL *s);
const SSL_CIPHER *SSL_get_pending_cipher(const SSL *s);
int SSL_CIPHER_get_bits(const SSL_CIPHER *c, int *alg_bits);
const char *SSL_CIPHER_get_version(const SSL_CIPHER *c);
const char *SSL_CIPHER_get_name(const SSL_CIPHER *c);
const char *SSL_CIPHER_standard_name(const SSL_CIPHER *c);
const char *OPENSSL_cipher_name(const char *rfc_name);
uint32_t SSL_CIPHER_get_id(const SSL_CIPHER *c);
uint16_t SSL_CIPHER_get_protocol_id(const SSL_CIPHER *c);
int SSL_CIPHER_get_kx_nid(const SSL_CIPHER *c);
int SSL_CIPHER_get_auth_nid(const SSL_CIPHER *c);
const EVP_MD *SSL_CIPHER_get_handshake_digest(const SSL_CIPHER *c);
int SSL_CIPHER_is_aead(const SSL_CIPHER *c);
char *SSL_CIPHER_description(const SSL_CIPHER *cipher, char *buf, int size);
int SSL_set_alpn_protos(SSL *ssl, const unsigned char *protos, unsigned int protos_len);
void SSL_get0_alpn_selected(const SSL *ssl, const unsigned char **data, unsigned int *len);
void SSL_get0_next_proto_negotiated(const SSL *s, const unsigned char **data, unsigned *len);
const char *SSL_get_servername(const SSL *s, const int type);
int SSL_get_servername_type(const SSL *s);
size_t SSL_get_finished(const SSL *s, void *buf, size_t count);
size_t SSL_get_peer_finished(const SSL *s, void *buf, size_t count);
size_t SSL_get_client_random(const SSL *ssl, unsigned char *out, size_t outlen);
size_t SSL_get_server_random(const SSL *ssl, unsigned char *out, size_t outlen);
int SSL_export_keying_material(SSL *s, unsigned char *out, size_t olen, const char *label,
                               size_t llen, const unsigned char *context, size_t contextlen,
                               int use_context);
void SSL_set_psk_client_callback(SSL *ssl, SSL_psk_client_cb_func cb);
void SSL_set_psk_server_callback(SSL *ssl, SSL_psk_server_cb_func cb);
int SSL_use_psk_identity_hint(SSL *s, const char *identity_hint);
const char *SSL_get_psk_identity_hint(const SSL *s);
const char *SSL_get_psk_identity(const SSL *s);
void SSL_set_security_level(SSL *s, int level);
int SSL_get_security_level(const SSL *s);
int SSL_set_ex_data(SSL *ssl, int idx, void *data);
void *SSL_get_ex_data(const SSL *ssl, int idx);

/* sessions */
SSL_SESSION *SSL_get_session(const SSL *ssl);
SSL_SESSION *SSL_get1_session(SSL *ssl);
int SSL_set_session(SSL *to, SSL_SESSION *session);
int SSL_session_reused(const SSL *s);
int SSL_set_session_id_context(SSL *ssl, const unsigned char *sid_ctx,
                               unsigned int sid_ctx_len);
SSL_SESSION *SSL_SESSION_new(void);
void SSL_SESSION_free(SSL_SESSION *ses);
int SSL_SESSION_up_ref(SSL_SESSION *ses);
SSL_SESSION *SSL_SESSION_dup(const SSL_SESSION *src);
const unsigned char *SSL_SESSION_get_id(const SSL_SESSION *s, unsigned int *len);
int SSL_SESSION_set1_id(SSL_SESSION *s, const unsigned char *sid, unsigned int sid_len);
long SSL_SESSION_get_time(const SSL_SESSION *s);
long SSL_SESSION_set_time(SSL_SESSION *s, long t);
long SSL_SESSION_get_timeout(const SSL_SESSION *s);
long SSL_SESSION_set_timeout(SSL_SESSION *s, long t);
int SSL_SESSION_get_protocol_version(const SSL_SESSION *s);
const SSL_CIPHER *SSL_SESSION_get0_cipher(const SSL_SESSION *s);
X509 *SSL_SESSION_get0_peer(SSL_SESSION *s);
int SSL_SESSION_is_resumable(const SSL_SESSION *s);
size_t SSL_SESSION_get_master_key(const SSL_SESSION *sess, unsigned char *out, size_t outlen);
int SSL_SESSION_set1_master_key(SSL_SESSION *sess, const unsigned char *in, size_t len);
int SSL_SESSION_print(BIO *fp, const SSL_SESSION *ses);
int SSL_SESSION_print_fp(FILE *fp, const SSL_SESSION *ses);
SSL_SESSION *d2i_SSL_SESSION(SSL_SESSION **a, const unsigned char **pp, long length);
int i2d_SSL_SESSION(const SSL_SESSION *in, unsigned char **pp);
SSL_SESSION *PEM_read_bio_SSL_SESSION(BIO *bp, SSL_SESSION **x, pem_password_cb *cb, void *u);
SSL_SESSION *PEM_read_SSL_SESSION(FILE *fp, SSL_SESSION **x, pem_password_cb *cb, void *u);
int PEM_write_bio_SSL_SESSION(BIO *bp, const SSL_SESSION *x);
int PEM_write_SSL_SESSION(FILE *fp, const SSL_SESSION *x);

/* ---- SSL BIOs ---- */
const BIO_METHOD *BIO_f_ssl(void);
BIO *BIO_new_ssl(SSL_CTX *ctx, int client);
BIO *BIO_new_ssl_connect(SSL_CTX *ctx);
BIO *BIO_new_buffer_ssl_connect(SSL_CTX *ctx);
int BIO_ssl_copy_session_id(BIO *to, BIO *from);
void BIO_ssl_shutdown(BIO *ssl_bio);

/* ---- configuration commands ---- */
SSL_CONF_CTX *SSL_CONF_CTX_new(void);
int SSL_CONF_CTX_finish(SSL_CONF_CTX *cctx);
void SSL_CONF_CTX_free(SSL_CONF_CTX *cctx);
unsigned int SSL_CONF_CTX_set_flags(SSL_CONF_CTX *cctx, unsigned int flags);
void SSL_CONF_CTX_set_ssl_ctx(SSL_CONF_CTX *cctx, SSL_CTX *ctx);
int SSL_CONF_cmd(SSL_CONF_CTX *cctx, const char *cmd, const char *value);

#ifdef __cplusplus
}
#endif

#endif /* SLUICE_STUB_OPENSSL_SSL_H */
