#include <stdint.h>
#include <stdlib.h>
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
