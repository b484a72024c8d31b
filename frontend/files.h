// Paths and Sluice's own files, shared by the frontend: made absolute,
// resolved, compared; inputs read only when they are regular files; outputs
// written complete or not at all, never through a symlink planted in the
// scanned tree.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace sluice {

/// `p` made absolute against the current directory, "." and ".." removed.
std::string absolutePath(const std::string &p);
/// `p` made absolute against `base` (itself absolute or not).
std::string absolutePath(const std::string &base, const std::string &p);
/// `p` with symlinks resolved, or `p` itself when it cannot be.
std::string realPathOr(const std::string &p);
/// The part of `p` below `dir` ("a/b.c"), or "" when `p` is not strictly
/// below it.
std::string pathBelow(const std::string &dir, const std::string &p);

/// A regular file's text, at most `limit` bytes; nullopt with `why`
/// otherwise (missing, a FIFO or device, too large, unreadable).
std::optional<std::string> readRegularFile(const std::string &file, uint64_t limit,
                                           std::string &why);

/// Creates `dir` (absolute) for Sluice's own files. Below `root` (the
/// scanned tree, which may be hostile) it is made one level at a time and
/// no component may be a symlink; elsewhere create_directories. False with
/// `why` otherwise.
bool makeOwnDirectory(const std::string &root, const std::string &dir, std::string &why);

/// Writes `text` to `file` through a new temporary file beside it (never
/// following a symlink) renamed over it: complete or absent.
bool writeOwnFile(const std::string &file, const std::string &text, std::string &why);

} // namespace sluice
