#include "gate_preactivations.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace preseason {
namespace {

// Rows are computed a pack of lanes at a time, one lane per row, each lane summing its own row in
// column order: the lane width changes how many rows advance together, never the arithmetic of
// a row, so the SSE2 and AVX paths give identical bits.
typedef double Pack2 __attribute__((vector_size(16)));

template <class Pack> constexpr int kLanes = sizeof(Pack) / sizeof(double);

// Packs pass by reference: by value, 32-byte vectors would cross the default target's ABI.
template <class Pack> [[gnu::always_inline]] inline void load(Pack& v, const double* p) { std::memcpy(&v, p, sizeof v); }

template <class Pack> [[gnu::always_inline]] inline void store(double* p, const Pack& v) {
  std::memcpy(p, &v, sizeof v);
}

struct EveryColumn {
  int count;
  int operator[](int t) const { return t; }
};

struct ListedColumns {
  const int* index;
  int count;
  int operator[](int t) const { return index[t]; }
};

// sum[p] = the products of kPacks packs of rows of the column-major w (column stride `stride`)
// with the listed entries of x, added in column order.
template <class Pack, int kPacks, class Columns>
[[gnu::always_inline]] inline void sum_columns(const double* w, std::ptrdiff_t stride, Columns columns, const double* x,
                                               Pack* sum) {
  for (int p = 0; p < kPacks; ++p) sum[p] = Pack{};
  for (int t = 0; t < columns.count; ++t) {
    const int j = columns[t];
    Pack xj;
    for (int l = 0; l < kLanes<Pack>; ++l) xj[l] = x[j];
    const double* column = w + j * stride;
    for (int p = 0; p < kPacks; ++p) {
      Pack wj;
      load(wj, column + p * kLanes<Pack>);
      sum[p] = wj * xj + sum[p];
    }
  }
}

// W_hh h for kPacks packs of rows into a, from the first row of w_hh (column stride `stride`) and a.
template <class Pack, int kPacks>
[[gnu::always_inline]] inline void hidden_rows(const double* w_hh, std::ptrdiff_t stride, int hidden, const double* h,
                                               double* a) {
  constexpr int kL = kLanes<Pack>;
  Pack sum[kPacks];
  sum_columns<Pack, kPacks>(w_hh, stride, EveryColumn{hidden}, h, sum);
  for (int p = 0; p < kPacks; ++p) store(a + p * kL, sum[p]);
}

// a = ((W_ih x + b_ih) + a) + b_hh for kPacks packs of rows, a holding W_hh h. Each addition keeps
// the operand order of Eigen's expression, which decides which NaN an addition of two NaNs gives.
template <class Pack, int kPacks, class Columns>
[[gnu::always_inline]] inline void input_rows(const double* w_ih, std::ptrdiff_t stride, const double* b_ih,
                                              const double* b_hh, Columns columns, const double* x, double* a) {
  constexpr int kL = kLanes<Pack>;
  Pack sum[kPacks];
  sum_columns<Pack, kPacks>(w_ih, stride, columns, x, sum);
  Pack bias_ih;
  Pack hh;
  Pack bias_hh;
  for (int p = 0; p < kPacks; ++p) {
    load(bias_ih, b_ih + p * kL);
    load(hh, a + p * kL);
    load(bias_hh, b_hh + p * kL);
    store(a + p * kL, Pack(((sum[p] + bias_ih) + hh) + bias_hh));
  }
}

// Eight packs of sums fill half the vector registers, leaving room for the loads. Blocks are a
// whole number of packs of 2 or 4 rows, as 4H rows are. W_hh h goes first, through all rows, then
// W_ih x: one matrix at a time streams better than both in turn.
template <class Pack, class Columns>
[[gnu::always_inline]] inline void all_rows(const GateWeights& w, Columns columns, const double* x, const double* h,
                                            double* a) {
  constexpr int kChunk = 8 * kLanes<Pack>;
  const int rows = 4 * w.hidden;
  for (int top = 0; top < rows; top += w.block_rows) {
    const int height = std::min(w.block_rows, rows - top);
    const double* block = w.w_hh + static_cast<std::ptrdiff_t>(top) * w.hidden;
    int r = 0;
    for (; r + kChunk <= height; r += kChunk) hidden_rows<Pack, 8>(block + r, height, w.hidden, h, a + top + r);
    for (; r < height; r += kLanes<Pack>) hidden_rows<Pack, 1>(block + r, height, w.hidden, h, a + top + r);
  }
  for (int top = 0; top < rows; top += w.block_rows) {
    const int height = std::min(w.block_rows, rows - top);
    const double* block = w.w_ih + static_cast<std::ptrdiff_t>(top) * w.inputs;
    int r = 0;
    for (; r + kChunk <= height; r += kChunk) {
      input_rows<Pack, 8>(block + r, height, w.b_ih + top + r, w.b_hh + top + r, columns, x, a + top + r);
    }
    for (; r < height; r += kLanes<Pack>) {
      input_rows<Pack, 1>(block + r, height, w.b_ih + top + r, w.b_hh + top + r, columns, x, a + top + r);
    }
  }
}

#if defined(__x86_64__)
// AVX doubles the rows per instruction where the CPU has it. Only "avx": a target with FMA would
// let the compiler fuse the multiply and add and so round differently.
typedef double Pack4 __attribute__((vector_size(32)));

[[gnu::target("avx")]] void all_rows_avx(const GateWeights& w, EveryColumn columns, const double* x, const double* h,
                                         double* a) {
  all_rows<Pack4>(w, columns, x, h, a);
}

[[gnu::target("avx")]] void all_rows_avx(const GateWeights& w, ListedColumns columns, const double* x,
                                         const double* h, double* a) {
  all_rows<Pack4>(w, columns, x, h, a);
}

bool has_avx() {
  static const bool avx = __builtin_cpu_supports("avx");
  return avx;
}
#endif

template <class Columns> void dispatch(const GateWeights& w, Columns columns, const double* x, const double* h,
                                       double* a) {
#if defined(__x86_64__)
  if (has_avx()) return all_rows_avx(w, columns, x, h, a);
#endif
  all_rows<Pack2>(w, columns, x, h, a);
}

}  // namespace

GateWeights eigen_layout(const LstmLayerParams& w) {
  return {w.w_ih.data(),
          w.w_hh.data(),
          w.b_ih.data(),
          w.b_hh.data(),
          static_cast<int>(w.w_ih.cols()),
          static_cast<int>(w.w_hh.cols()),
          static_cast<int>(w.w_ih.rows())};
}

void gate_preactivations(const GateWeights& w, const double* x, const double* h, double* a) {
  dispatch(w, EveryColumn{w.inputs}, x, h, a);
}

void gate_preactivations(const GateWeights& w, const double* x, const int* columns, int count, const double* h,
                         double* a) {
  dispatch(w, ListedColumns{columns, count}, x, h, a);
}

}  // namespace preseason
