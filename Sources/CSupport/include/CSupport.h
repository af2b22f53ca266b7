#ifndef INCIDENTS_CSUPPORT_H
#define INCIDENTS_CSUPPORT_H

#include <stddef.h>

/// Process-wide SQLite settings, made before the first connection opens (sqlite3_config is a
/// C variadic function, which Swift cannot call). Returns 0 when they were applied.
int incidents_sqlite_configure(void);

/// Fills `buffer` with `count` bytes from the kernel's random generator (getrandom(2), in as few
/// calls as it takes). Returns 0 on success, -1 if the generator failed.
int incidents_random_bytes(void *buffer, size_t count);

/// A ChaCha20-Poly1305 context for the 32-byte `key` (BoringSSL's, as linked by swift-crypto),
/// reused for many seals on one thread; NULL on failure. Free it with incidents_chacha_free.
void *incidents_chacha_new(const void *key, size_t key_length);

void incidents_chacha_free(void *context);

/// Seals `plain` with the 12-byte `nonce`, authenticating `associated`, into `out` as ChaChaPoly's
/// combined form (nonce, ciphertext, 16-byte tag). Returns the bytes written, or 0 on failure
/// (including `capacity` under 28 + `plain_length`).
size_t incidents_chacha_seal(const void *context, void *out, size_t capacity, const void *nonce, const void *plain,
                             size_t plain_length, const void *associated, size_t associated_length);

/// The state of SHA-256 after `secret` (the keyed record digest's prefix), for
/// incidents_digest; NULL on failure. Free it with incidents_digest_free.
void *incidents_digest_new(const void *secret, size_t secret_length);

void incidents_digest_free(void *state);

/// The first 16 bytes of SHA-256(secret ‖ `data`) into `out16`, from the state made by
/// incidents_digest_new (which is not changed). Returns 1 on success, 0 on failure.
int incidents_digest(const void *state, const void *data, size_t length, void *out16);

/// Asks the kernel to start writing the file at `path` to disk now, without waiting for the
/// writes to finish (sync_file_range(2), SYNC_FILE_RANGE_WRITE), so that a later fsync has little
/// left to do. Returns 0 when the request was made, -1 otherwise (nothing changes either way).
int incidents_start_writeback(const char *path);

#endif
