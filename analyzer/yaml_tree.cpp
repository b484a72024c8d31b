// YAML documents into YNode trees; see yaml_tree.h.
#include "analyzer/yaml_tree.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace sluice {

std::string RuleError::str() const {
  std::string s = file;
  if (line) {
    s += ":" + std::to_string(line);
    if (column)
      s += ":" + std::to_string(column);
  }
  return s + ": error: " + message;
}

namespace {

class Converter {
public:
  Converter(const std::string &file, std::vector<RuleError> &errors, llvm::SourceMgr &sm)
      : file_(file), errors_(errors), sm_(sm) {}

  YNode convert(llvm::yaml::Node *n, unsigned depth) {
    YNode out;
    // Some nodes (empty values after a parse error) have no position in the
    // buffer; SourceMgr must not be asked about those.
    llvm::SMLoc at = n->getSourceRange().Start;
    if (at.isValid() && sm_.FindBufferContainingLoc(at) != 0) {
      auto lc = sm_.getLineAndColumn(at);
      out.line = lc.first;
      out.column = lc.second;
    }
    if (depth > kMaxYamlDepth) {
      errorAt(out, "nested more than " + std::to_string(kMaxYamlDepth) + " levels deep");
      return out;
    }
    if (auto *s = llvm::dyn_cast<llvm::yaml::ScalarNode>(n)) {
      llvm::SmallString<64> storage;
      out.kind = YNode::Scalar;
      out.value = s->getValue(storage).str();
    } else if (auto *b = llvm::dyn_cast<llvm::yaml::BlockScalarNode>(n)) {
      out.kind = YNode::Scalar;
      out.value = b->getValue().str();
    } else if (auto *seq = llvm::dyn_cast<llvm::yaml::SequenceNode>(n)) {
      out.kind = YNode::Sequence;
      for (llvm::yaml::Node &item : *seq) {
        out.items.push_back(convert(&item, depth + 1));
        if (failed)
          break;
      }
    } else if (auto *map = llvm::dyn_cast<llvm::yaml::MappingNode>(n)) {
      out.kind = YNode::Mapping;
      for (llvm::yaml::KeyValueNode &kv : *map) {
        if (!kv.getKey() || failed)
          break;
        YNode key = convert(kv.getKey(), depth + 1);
        YNode value = kv.getValue() ? convert(kv.getValue(), depth + 1) : YNode{};
        out.entries.push_back(YEntry{std::move(key), std::move(value)});
      }
    } else if (llvm::isa<llvm::yaml::AliasNode>(n)) {
      errorAt(out, "YAML aliases are not supported");
    }
    return out;
  }

  bool failed = false;

private:
  void errorAt(const YNode &n, const std::string &msg) {
    errors_.push_back({file_, n.line, n.column, msg});
    failed = true;
  }

  const std::string &file_;
  std::vector<RuleError> &errors_;
  llvm::SourceMgr &sm_;
};

struct DiagContext {
  const std::string *file;
  std::vector<RuleError> *errors;
  bool failed = false;
};

} // namespace

bool parseYaml(const std::string &text, const std::string &fileName, std::vector<YNode> &docs,
               std::vector<RuleError> &errors) {
  auto buf = llvm::MemoryBuffer::getMemBufferCopy(text, fileName);
  llvm::SourceMgr sm;
  DiagContext ctx{&fileName, &errors};
  sm.setDiagHandler(
      [](const llvm::SMDiagnostic &d, void *p) {
        auto *c = static_cast<DiagContext *>(p);
        c->errors->push_back({*c->file, static_cast<unsigned>(d.getLineNo()),
                              static_cast<unsigned>(d.getColumnNo() + 1), d.getMessage().str()});
        c->failed = true;
      },
      &ctx);
  Converter conv(fileName, errors, sm);
  llvm::yaml::Stream stream(buf->getMemBufferRef(), sm, /*ShowColors=*/false);
  for (llvm::yaml::Document &d : stream) {
    llvm::yaml::Node *root = d.getRoot();
    if (!root)
      continue;
    YNode n = conv.convert(root, 0);
    if (conv.failed || ctx.failed)
      break;
    docs.push_back(std::move(n));
  }
  return !conv.failed && !ctx.failed && !stream.failed();
}

} // namespace sluice
