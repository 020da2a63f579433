#!/usr/bin/env python3
"""PyTorch peer for `spinflow bench`: MNIST tanh MLP (784-100-10, or --shape 784-256-128-64-10),
batch 32, SGD with momentum 0.9, lr 0.05: a warm-up of --warmup samples (default one epoch, as
`spinflow bench`: the same number of samples for both programs), then one timed epoch; prints its
samples/s and the warm-up's (the cold start; JSON with --json). `--blas-info` prints instead which BLAS library torch really runs on
(the shared libraries mapped into this process after a matrix product), whether it is an optimised
one, torch's build setting BLAS_INFO and a 1-thread sgemm rate. The BLAS and OpenMP thread pools are sized to
--threads (torch.set_num_threads alone leaves OpenBLAS on every core)."""
import argparse, gzip, json, os, re, struct, sys, time

OPTIMISED = re.compile(r'openblas|mkl|blis|accelerate|armpl', re.I)

def blas_info(torch):
    """The BLAS/LAPACK libraries mapped into this process after a matrix product, resolved."""
    a = torch.randn(256, 256)
    (a @ a).sum().item()
    libs = set()
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                p = line.split()[-1] if len(line.split()) >= 6 else ''
                if re.search(r'blas|lapack|mkl|blis', os.path.basename(p), re.I):
                    libs.add(os.path.realpath(p))
    except OSError:
        pass
    cfg = torch.__config__.show()
    m = re.search(r'BLAS_INFO=([^,\s]+)', cfg)
    torch.set_num_threads(1)
    n = 512
    x, y = torch.randn(n, n), torch.randn(n, n)
    for _ in range(3):
        x @ y
    best = float('inf')
    for _ in range(5):
        t0 = time.perf_counter()
        x @ y
        best = min(best, time.perf_counter() - t0)
    return {"torch": torch.__version__, "blas_build": m.group(1) if m else "unknown",
            "blas_libraries": sorted(libs), "optimised": any(OPTIMISED.search(p) for p in libs),
            "sgemm_gflops_1thread": 2 * n ** 3 / best / 1e9}

def read_idx(path):
    with open(path, 'rb') as f:
        head = f.read(2)
    opener = gzip.open if head == b'\x1f\x8b' else open
    with opener(path, 'rb') as f:
        data = f.read()
    magic, n = struct.unpack('>ii', data[:8])
    if magic == 2051:
        rows, cols = struct.unpack('>ii', data[8:16])
        return data[16:], n, rows * cols
    return data[8:], n, 1

def find(d, stem):
    for name in (stem, stem + '.gz'):
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    sys.exit(f"{d}: no {stem}[.gz]")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--data')
    ap.add_argument('--threads', type=int, default=1)
    ap.add_argument('--limit', type=int, default=0)
    ap.add_argument('--shape', default='784-100-10')
    ap.add_argument('--warmup', type=int, default=None, help='warm-up samples before the timed epoch (default: one epoch)')
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--blas-info', action='store_true', help='print the BLAS torch runs on (JSON) and exit')
    a = ap.parse_args()
    if not a.blas_info and not a.data:
        ap.error('--data DIR is required')
    # torch.set_num_threads sizes PyTorch's own pool only: Debian's torch on OpenBLAS (pthread) still ran every
    # matrix product on two threads after set_num_threads(1). The BLAS and OpenMP pools are sized here, before
    # torch loads them, to the threads asked for (1 for --blas-info's 1-thread rate)
    for var in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'BLIS_NUM_THREADS'):
        os.environ[var] = str(1 if a.blas_info else a.threads)
    try:
        import torch
        import numpy as np
    except ImportError:
        print(json.dumps({"error": "PyTorch is not installed"}) if a.json or a.blas_info else "PyTorch is not installed")
        return 3
    if a.blas_info:
        print(json.dumps(blas_info(torch)))
        return 0
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    xb, n, d = read_idx(find(a.data, 'train-images-idx3-ubyte'))
    yb, _, _ = read_idx(find(a.data, 'train-labels-idx1-ubyte'))
    x = torch.from_numpy(np.frombuffer(xb, dtype=np.uint8).reshape(n, d).astype(np.float32) / 255.0)
    y = torch.from_numpy(np.frombuffer(yb, dtype=np.uint8).astype(np.int64))
    if a.limit:
        x, y = x[:a.limit], y[:a.limit]
        n = a.limit
    sizes = [int(v) for v in a.shape.split('-')]
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(torch.nn.Tanh())
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    lossf = torch.nn.CrossEntropyLoss()
    perm = torch.randperm(n)
    def run(count):
        for i in range(0, count, 32):
            idx = perm[i:min(i + 32, count)]
            opt.zero_grad(set_to_none=True)
            loss = lossf(model(x[idx]), y[idx])
            loss.backward()
            opt.step()
    warm = n if a.warmup is None else a.warmup
    if warm < 0:
        ap.error(f'--warmup {warm}: expected 0 or more samples')
    w0 = time.perf_counter()
    left = warm
    while left > 0:  # the data from the start again if the warm-up is longer than an epoch (as spinflow bench)
        run(min(n, left))
        left -= min(n, left)
    cold = warm / (time.perf_counter() - w0) if warm > 0 else None
    t0 = time.perf_counter()
    run(n)
    sps = n / (time.perf_counter() - t0)
    # the process's threads after training (main thread + pool threads): T for T threads asked for
    try:
        os_threads = len(os.listdir('/proc/self/task'))
    except OSError:
        os_threads = None
    out = {"shape": a.shape, "threads": a.threads, "os_threads": os_threads, "batch": 32, "samples": n, "samples_per_s": sps,
           "warmup_samples": warm, "torch": torch.__version__}
    if cold is not None:
        out["cold_samples_per_s"] = cold
    print(json.dumps(out) if a.json else f"pytorch {torch.__version__}: {sps:.0f} samples/s ({a.threads} thread(s); "
          f"warm-up {warm} samples" + (f" at {cold:.0f} samples/s)" if cold else ")"))
    return 0

if __name__ == '__main__':
    sys.exit(main())
