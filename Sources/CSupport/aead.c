#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "CSupport.h"

/* BoringSSL as swift-crypto builds it into every program that uses `Crypto` (its symbols carry
   the CCryptoBoringSSL_ prefix; swift-crypto does not offer the C library as a product of its
   own). One context per sealing thread, kept for a whole import: swift-crypto's ChaChaPoly.seal
   sets up a context and several buffers for every call, three quarters of the cost of sealing
   a record. The output is the same: ChaChaPoly's combined form. */
typedef struct evp_aead_st EVP_AEAD;
typedef struct evp_aead_ctx_st EVP_AEAD_CTX;
extern const EVP_AEAD *CCryptoBoringSSL_EVP_aead_chacha20_poly1305(void);
extern EVP_AEAD_CTX *CCryptoBoringSSL_EVP_AEAD_CTX_new(const EVP_AEAD *aead, const uint8_t *key, size_t key_len,
                                                       size_t tag_len);
extern void CCryptoBoringSSL_EVP_AEAD_CTX_free(EVP_AEAD_CTX *ctx);
extern int CCryptoBoringSSL_EVP_AEAD_CTX_seal(const EVP_AEAD_CTX *ctx, uint8_t *out, size_t *out_len,
                                              size_t max_out_len, const uint8_t *nonce, size_t nonce_len,
                                              const uint8_t *in, size_t in_len, const uint8_t *ad, size_t ad_len);

void *incidents_chacha_new(const void *key, size_t key_length) {
    if (key_length != 32) return NULL;
    return CCryptoBoringSSL_EVP_AEAD_CTX_new(CCryptoBoringSSL_EVP_aead_chacha20_poly1305(), key, key_length, 16);
}

void incidents_chacha_free(void *context) {
    if (context) CCryptoBoringSSL_EVP_AEAD_CTX_free(context);
}

size_t incidents_chacha_seal(const void *context, void *out, size_t capacity, const void *nonce, const void *plain,
                             size_t plain_length, const void *associated, size_t associated_length) {
    if (capacity < 12 + plain_length + 16) return 0;
    uint8_t *bytes = out;
    const uint8_t *n = nonce;
    for (int i = 0; i < 12; i++) bytes[i] = n[i];
    size_t written = 0;
    if (!CCryptoBoringSSL_EVP_AEAD_CTX_seal(context, bytes + 12, &written, capacity - 12, nonce, 12, plain,
                                            plain_length, associated, associated_length))
        return 0;
    return 12 + written;
}

/* The keyed record digest: SHA-256 of a secret, then the record's personal fields (as
   PersonalCipher.seal computes it with swift-crypto). The state after the secret is kept once
   per sealer and copied for each record, on the stack: swift-crypto's `SHA256` value, copied per
   record, allocated a new context each time. BoringSSL's SHA256_CTX is a plain struct of 112
   bytes; it is held here in a buffer of 256 (aligned), so that a larger struct in a later
   BoringSSL still fits, and copied whole. */
extern int CCryptoBoringSSL_SHA256_Init(void *ctx);
extern int CCryptoBoringSSL_SHA256_Update(void *ctx, const void *data, size_t len);
extern int CCryptoBoringSSL_SHA256_Final(uint8_t out[32], void *ctx);

typedef struct {
    _Alignas(16) unsigned char bytes[256];
} incidents_digest_state;

void *incidents_digest_new(const void *secret, size_t secret_length) {
    incidents_digest_state *state = calloc(1, sizeof(incidents_digest_state));
    if (!state) return NULL;
    if (!CCryptoBoringSSL_SHA256_Init(state->bytes) ||
        !CCryptoBoringSSL_SHA256_Update(state->bytes, secret, secret_length)) {
        free(state);
        return NULL;
    }
    return state;
}

void incidents_digest_free(void *state) { free(state); }

int incidents_digest(const void *state, const void *data, size_t length, void *out16) {
    incidents_digest_state copy = *(const incidents_digest_state *)state;
    uint8_t full[32];
    if (!CCryptoBoringSSL_SHA256_Update(copy.bytes, data, length) || !CCryptoBoringSSL_SHA256_Final(full, copy.bytes))
        return 0;
    memcpy(out16, full, 16);
    return 1;
}
