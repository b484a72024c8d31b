// A hash map from 64-bit keys to small trivially copyable values, stored in
// two flat arrays with linear probing. The memo tables of the hot paths
// (Arena::withPath, ValuePool's joins, the link's trace concatenations)
// are looked up hundreds of millions of times on a large unit or program;
// std::unordered_map's node per entry made each lookup a cache miss and
// each insertion an allocation. No erase: these tables only grow, or are
// cleared whole.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <vector>

namespace sluice {

template <typename V> class FlatMap64 {
  static_assert(std::is_trivially_copyable_v<V>, "values are moved as bytes");

public:
  /// The value stored for `key`, or nullptr. Valid until the next insert.
  V *find(uint64_t key) {
    if (key == kEmpty)
      return emptyKeyValue_ ? &*emptyKeyValue_ : nullptr;
    if (keys_.empty())
      return nullptr;
    for (size_t i = slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key)
        return &values_[i];
      if (keys_[i] == kEmpty)
        return nullptr;
    }
  }
  const V *find(uint64_t key) const { return const_cast<FlatMap64 *>(this)->find(key); }

  /// Stores `value` for `key` unless the key is present; true if stored.
  bool insert(uint64_t key, V value) {
    if (key == kEmpty) {
      if (emptyKeyValue_)
        return false;
      emptyKeyValue_ = value;
      ++size_;
      return true;
    }
    if ((size_ + 1) * 2 > keys_.size())
      grow();
    for (size_t i = slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key)
        return false;
      if (keys_[i] == kEmpty) {
        keys_[i] = key;
        values_[i] = value;
        ++size_;
        return true;
      }
    }
  }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  /// Empties the map and releases its arrays.
  void clear() {
    std::vector<uint64_t>().swap(keys_);
    std::vector<V>().swap(values_);
    emptyKeyValue_.reset();
    size_ = 0;
    mask_ = 0;
  }

private:
  static constexpr uint64_t kEmpty = ~uint64_t(0);
  std::vector<uint64_t> keys_;
  std::vector<V> values_;
  std::optional<V> emptyKeyValue_;  // the one key the sentinel cannot hold
  size_t size_ = 0, mask_ = 0;

  size_t slot(uint64_t key) const {
    // splitmix64's finalizer: keys are pairs of small ids, so their low
    // bits alone would cluster.
    key ^= key >> 30;
    key *= 0xbf58476d1ce4e5b9ULL;
    key ^= key >> 27;
    key *= 0x94d049bb133111ebULL;
    key ^= key >> 31;
    return static_cast<size_t>(key) & mask_;
  }

  void grow() {
    std::vector<uint64_t> oldKeys = std::move(keys_);
    std::vector<V> oldValues = std::move(values_);
    size_t n = oldKeys.empty() ? 64 : oldKeys.size() * 2;
    keys_.assign(n, kEmpty);
    values_.assign(n, V{});
    mask_ = n - 1;
    for (size_t i = 0; i < oldKeys.size(); ++i) {
      if (oldKeys[i] == kEmpty)
        continue;
      size_t j = slot(oldKeys[i]);
      while (keys_[j] != kEmpty)
        j = (j + 1) & mask_;
      keys_[j] = oldKeys[i];
      values_[j] = oldValues[i];
    }
  }
};

} // namespace sluice
