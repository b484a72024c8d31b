// storage_hierarchy.prog (taint.path-injection, multi-file C++): a blob
// store with an abstract Storage base (this header), two implementations in
// their own files (local_storage.cpp, archive_storage.cpp) and main.cpp,
// which calls the virtual methods through a base pointer with a name read
// from standard input and one from the environment. Every overrider that
// turns the name into a path must alert; manifestPath() only ever returns
// constants in every overrider.
#pragma once

#include <memory>
#include <string>

namespace store {

class Storage {
public:
    virtual ~Storage() = default;
    virtual bool fetch(const std::string &name, std::string &out) = 0;
    virtual bool erase(const std::string &name) = 0;
    virtual std::string manifestPath() const = 0;
};

std::unique_ptr<Storage> makeLocalStorage();
std::unique_ptr<Storage> makeArchiveStorage();

} // namespace store
