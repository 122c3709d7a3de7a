#!/usr/bin/python3
"""PyTorch peer of `lstm-workbench bench --workload NAME`: the same sweep workloads on the CPU.

Each run trains an LSTM (Keras-like: Adam lr 1e-3, epsilon 1e-7, MSE, no shuffling, dense output on
the last time step, float64 like the workbench) and after every epoch computes the loss on the whole
training and validation sets, as the workbench does. Runs are spread over WORKERS processes with one
torch thread each (the workbench's sweep uses one worker thread per core, one native thread each).
Prints the same figures as the Java bench: wall time, runs per second, epochs per second.
Workload seq2seq trains one encoder-decoder and one direct multi-output model (horizon 6) in one
process; torch's LSTM has two bias vectors per gate where DL4J has one, hence 8 x cells more parameters
per LSTM layer.

Run with Debian's python, which has python3-torch (apt-get install -y python3-torch):
    /usr/bin/python3 src/bench/pytorch_peer.py --workload seed-grid
"""
import argparse
import csv
import math
import multiprocessing as mp
import os
import random
import time

# The per-epoch sizes of the engine table (lags, cells, batch, training samples, epochs).
SIZES = {"s-50": (12, 50, 32, 150, 30), "m-64": (24, 64, 32, 500, 10), "l-128": (48, 128, 64, 1000, 3),
         "w-200": (12, 200, 32, 300, 10)}
WORKLOADS = ("seed-grid", "repeats-30", "airline", "cnn-lstm", "control-charts", "seq2seq") + tuple(SIZES)
# seq2seq: lags, horizon, cells of encoder and decoder, batch, epochs, learning rate; training and
# validation windows as many as the Java bench has (66 and 11 of demo:seasonal's transformed series)
SEQ2SEQ = (24, 6, 16, 16, 60, 0.01, 66, 11)


def seed_data():
    """The seed's toy: x 0.0-0.4 -> y 0.1-0.5 for training, x 0.5-0.9 -> y 0.6-1.0 for validation."""
    seq = [i / 10 for i in range(11)]
    return (seq[0:5], seq[1:6]), (seq[5:10], seq[6:11])


def seasonal_series():
    """144 months of trend x seasonality x noise, the shape of demo:seasonal (the noise is drawn by Python)."""
    rng = random.Random(1949)
    return [(110 + 2.5 * t) * (1 + 0.2 * math.sin(2 * math.pi * t / 12)) * math.exp(0.03 * rng.gauss(0, 1))
            for t in range(144)]


def csv_series(path, column):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    name = column or [k for k in rows[0].keys() if _is_number(rows[0][k])][-1]
    return [float(r[name]) for r in rows]


def _is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def airline_data(series, demo):
    """demo:seasonal's transforms (log, seasonal difference 12, difference 1) or none for a CSV, then
    min-max to [0, 1] fitted on training, lags 12, chronological split 0.7/0.15 (test part dropped)."""
    s = list(series)
    if demo:
        s = [math.log(v) for v in s]
        s = [s[i] - s[i - 12] for i in range(12, len(s))]
        s = [s[i] - s[i - 1] for i in range(1, len(s))]
    lags = 12
    xs = [s[i:i + lags] for i in range(len(s) - lags)]
    ys = [s[i + lags] for i in range(len(s) - lags)]
    n_train = int(len(xs) * 0.7)
    n_val = int(len(xs) * 0.15)
    lo = min(min(x) for x in xs[:n_train])
    hi = max(max(x) for x in xs[:n_train])
    scale = lambda v: (v - lo) / (hi - lo)
    xs = [[scale(v) for v in x] for x in xs]
    ys = [scale(v) for v in ys]
    return (xs[:n_train], ys[:n_train]), (xs[n_train:n_train + n_val], ys[n_train:n_train + n_val])


def seasonal_windows(series, lags, horizon):
    """demo:seasonal's transforms (log, seasonal difference 12, difference 1), min-max to [0, 1] fitted
    on the training windows, windows of `lags` steps with the next `horizon` values as targets, split
    chronologically 0.7/0.15 (test part dropped)."""
    s = [math.log(v) for v in series]
    s = [s[i] - s[i - 12] for i in range(12, len(s))]
    s = [s[i] - s[i - 1] for i in range(1, len(s))]
    n = len(s) - lags - horizon + 1
    xs = [s[i:i + lags] for i in range(n)]
    ys = [s[i + lags:i + lags + horizon] for i in range(n)]
    n_train, n_val = int(n * 0.7), int(n * 0.15)
    lo = min(min(x) for x in xs[:n_train])
    hi = max(max(x) for x in xs[:n_train])
    scale = lambda vs: [(v - lo) / (hi - lo) for v in vs]
    xs, ys = [scale(x) for x in xs], [scale(y) for y in ys]
    return (xs[:n_train], ys[:n_train]), (xs[n_train:n_train + n_val], ys[n_train:n_train + n_val])


def sized_data(lags, samples):
    """The bench's sized series, computed (no random numbers) exactly as the Java bench does:
    v(t) = sin(2 pi t / 12) + 0.5 sin(2 pi t / 31) + 0.002 t for t = 0 .. lags + samples * 5/4,
    min-max scaled on the training windows, `samples` training windows then samples/4 validation windows."""
    val = samples // 4
    n = lags + samples + val
    s = [math.sin(2 * math.pi * t / 12) + 0.5 * math.sin(2 * math.pi * t / 31) + 0.002 * t for t in range(n)]
    lo, hi = min(s[:lags + samples]), max(s[:lags + samples])
    s = [(v - lo) / (hi - lo) for v in s]
    xs = [s[i:i + lags] for i in range(samples + val)]
    ys = [s[i + lags] for i in range(samples + val)]
    return (xs[:samples], ys[:samples]), (xs[samples:], ys[samples:])


def control_charts(seed=1999):
    """The six synthetic control-chart classes of Alcock and Manolopoulos (1999), 100 sequences of 60
    steps each, from the same formulas as demo:control-charts (Python's random numbers, so other values),
    a stratified 0.7/0.3 split and min-max scaling fitted on the training sequences."""
    rng = random.Random(seed)
    n = 60
    seqs = []
    for c in range(6):
        for _ in range(100):
            a, period, g, x = rng.uniform(10, 15), rng.uniform(10, 15), rng.uniform(0.2, 0.5), rng.uniform(7.5, 20)
            t3 = rng.randint(n // 3, 2 * n // 3)
            y = []
            for t in range(n):
                v = 30 + rng.uniform(-3, 3) * 2
                k = 1 if t >= t3 else 0
                v += [0, a * math.sin(2 * math.pi * t / period), g * t, -g * t, k * x, -k * x][c]
                y.append(v)
            seqs.append((y, c))
    train, val = [], []
    for c in range(6):
        members = [s for s in seqs if s[1] == c]
        rng.shuffle(members)
        train += members[:70]
        val += members[70:]
    lo = min(min(y) for y, _ in train)
    hi = max(max(y) for y, _ in train)
    scale = lambda ys: [(v - lo) / (hi - lo) for v in ys]
    return ([scale(y) for y, _ in train], [c for _, c in train]), ([scale(y) for y, _ in val], [c for _, c in val])


def seq2seq_data():
    """demo:seasonal's transforms (log, seasonal difference 12, difference 1), windows of 24 steps in and
    the next 6 values out, min-max to [0, 1] fitted on the training windows; 66 training windows, then
    11 validation windows after a gap of horizon + 1 windows (no validation input is a training target)."""
    lags, horizon, _, _, _, _, n_train, n_val = SEQ2SEQ
    s = [math.log(v) for v in seasonal_series()]
    s = [s[i] - s[i - 12] for i in range(12, len(s))]
    s = [s[i] - s[i - 1] for i in range(1, len(s))]
    count = len(s) - lags - horizon + 1
    xs = [s[i:i + lags] for i in range(count)]
    ys = [s[i + lags:i + lags + horizon] for i in range(count)]
    lo = min(min(x + y) for x, y in zip(xs[:n_train], ys[:n_train]))
    hi = max(max(x + y) for x, y in zip(xs[:n_train], ys[:n_train]))
    scale = lambda vs: [(v - lo) / (hi - lo) for v in vs]
    xs, ys = [scale(x) for x in xs], [scale(y) for y in ys]
    first_val = n_train + horizon + 1
    return (xs[:n_train], ys[:n_train]), (xs[first_val:first_val + n_val], ys[first_val:first_val + n_val])


def train_seq2seq(kind, seed, data, dtype):
    """The encoder-decoder (LSTM -> last step repeated H times -> LSTM -> the same Linear at each step)
    or the direct model (LSTM -> last step -> Linear to H outputs), MSE over all H steps, Adam (lr 0.01,
    epsilon 1e-7), minibatches of 16 shuffled each epoch; after every epoch the loss on the whole
    training and validation sets."""
    import torch
    torch.manual_seed(seed)
    lags, horizon, cells, decoder_cells, epochs, lr, _, _ = SEQ2SEQ
    (xt, yt), (xv, yv) = data
    to_x = lambda xs: torch.tensor(xs, dtype=dtype).reshape(len(xs), -1, 1)
    to_y = lambda ys: torch.tensor(ys, dtype=dtype)
    xt, yt, xv, yv = to_x(xt), to_y(yt), to_x(xv), to_y(yv)

    class Seq2Seq(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = torch.nn.LSTM(1, cells, batch_first=True)
            self.decoder = torch.nn.LSTM(cells, decoder_cells, batch_first=True)
            self.out = torch.nn.Linear(decoder_cells, 1)

        def forward(self, x):
            h, _ = self.encoder(x)
            repeated = h[:, -1:, :].repeat(1, horizon, 1)
            d, _ = self.decoder(repeated)
            return self.out(d).squeeze(-1)

    class Direct(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = torch.nn.LSTM(1, cells, batch_first=True)
            self.out = torch.nn.Linear(cells, horizon)

        def forward(self, x):
            h, _ = self.lstm(x)
            return self.out(h[:, -1, :])

    net = (Seq2Seq() if kind == "seq2seq" else Direct()).to(dtype)
    opt = torch.optim.Adam(net.parameters(), lr=lr, eps=1e-7)
    mse = torch.nn.MSELoss()
    gen = torch.Generator().manual_seed(seed)
    ends = [time.perf_counter()]
    for _ in range(epochs):
        order = torch.randperm(len(xt), generator=gen)
        for i in range(0, len(xt), 16):
            idx = order[i:i + 16]
            opt.zero_grad()
            loss = mse(net(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
        with torch.no_grad():
            train_loss = mse(net(xt), yt).item()
            val_loss = mse(net(xv), yv).item()
        ends.append(time.perf_counter())
    params = sum(p.numel() for p in net.parameters())
    return epochs, train_loss, val_loss, None, ends, params


def run_seq2seq(dtype_name, import_s):
    import torch
    torch.set_num_threads(1)
    data = seq2seq_data()
    lags, horizon, cells, decoder_cells, epochs, _, n_train, n_val = SEQ2SEQ
    print("PyTorch %s, %d cores, 1 thread, load average %.2f; torch imported in %.1f s"
          % (torch.__version__, os.cpu_count(), os.getloadavg()[0], import_s))
    print("workload seq2seq: demo:seasonal, lags %d, horizon %d, %d training and %d validation windows, batch 16, "
          "%d epochs (%s)" % (lags, horizon, n_train, n_val, epochs, dtype_name))
    print("%-8s %8s %10s %12s %12s" % ("model", "params", "wall s", "ms/epoch", "val loss"))
    for kind in ("seq2seq", "direct"):
        start = time.perf_counter()
        e, _, val, _, _, params = train_seq2seq(kind, 1, data, getattr(torch, dtype_name))
        wall = time.perf_counter() - start
        print("%-8s %8d %10.2f %12.1f %12.6g" % (kind, params, wall, 1000 * wall / e, val))


def workload(name, data, column):
    """(description, runs, data): runs are (cells, seed, epochs, batch size)."""
    if name == "seed-grid":
        runs = [(u, 1000 * u + r, 500, 5) for u in (1, 5, 10) for r in range(5)]
        return "seed sequence, units 1,5,10 x 5 repeats x 500 full-batch epochs", runs, seed_data()
    if name == "repeats-30":
        return ("seed sequence, LSTM(10) x 30 repeats x 500 full-batch epochs",
                [(10, r, 500, 5) for r in range(30)], seed_data())
    if name == "airline":
        demo = data is None or data.startswith("demo:")
        series = seasonal_series() if demo else csv_series(data, column)
        return ((data or "demo:seasonal") + ", lags 12, LSTM(50), batch 16 x 10 repeats x 100 epochs",
                [(50, r, 100, 16) for r in range(10)], airline_data(series, demo))
    if name == "cnn-lstm":
        return ("demo:seasonal, lags 24, horizon 6, Conv1D 32x3 -> MaxPool 2 -> LSTM 32 -> Dense 6, batch 32 x 5 "
                "repeats x 100 epochs", [(32, r, 100, 32) for r in range(5)],
                seasonal_windows(seasonal_series(), 24, 6))
    if name == "control-charts":
        return ("demo:control-charts, 600 sequences x 60 steps, LSTM(32), batch 32 x 50 epochs, softmax over 6 "
                "classes, loss and accuracy each epoch", [(32, 1, 50, 32)], control_charts())
    if name in SIZES:
        lags, cells, batch, samples, epochs = SIZES[name]
        return ("sized series, lags %d, LSTM(%d), batch %d, %d training samples x %d epochs"
                % (lags, cells, batch, samples, epochs), [(cells, 1, epochs, batch)], sized_data(lags, samples))
    raise SystemExit("unknown workload %r; known: %s" % (name, ", ".join(WORKLOADS)))


def train_classifier(cells, seed, epochs, batch, data, dtype):
    """Many-to-one classifier: LSTM -> last step -> dense softmax, cross-entropy; after every epoch the
    loss and accuracy on the whole training and validation sets."""
    import torch
    torch.manual_seed(seed)
    (xt, yt), (xv, yv) = data
    to_x = lambda xs: torch.tensor(xs, dtype=dtype).reshape(len(xs), -1, 1)
    xt, xv = to_x(xt), to_x(xv)
    yt, yv = torch.tensor(yt), torch.tensor(yv)
    classes = int(max(yt.max(), yv.max())) + 1

    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = torch.nn.LSTM(1, cells, batch_first=True)
            self.out = torch.nn.Linear(cells, classes)

        def forward(self, x):
            h, _ = self.lstm(x)
            return self.out(h[:, -1, :])

    net = Net().to(dtype)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, eps=1e-7)
    xent = torch.nn.CrossEntropyLoss()
    batches = [(xt[i:i + batch], yt[i:i + batch]) for i in range(0, len(xt), batch)]
    val_loss = val_acc = float("nan")
    ends = [time.perf_counter()]
    for _ in range(epochs):
        for xb, yb in batches:
            opt.zero_grad()
            loss = xent(net(xb), yb)
            loss.backward()
            opt.step()
        with torch.no_grad():
            out_t, out_v = net(xt), net(xv)
            train_loss = xent(out_t, yt).item()
            train_acc = (out_t.argmax(1) == yt).double().mean().item()
            val_loss = xent(out_v, yv).item()
            val_acc = (out_v.argmax(1) == yv).double().mean().item()
        ends.append(time.perf_counter())
    return epochs, train_loss, val_loss, val_acc, ends


def train_one(args):
    cells, seed, epochs, batch, data, dtype_name, arch = args
    if isinstance(data[0][1][0], int):
        import torch
        torch.set_num_threads(1)
        return train_classifier(cells, seed, epochs, batch, data, getattr(torch, dtype_name))
    import torch
    torch.set_num_threads(1)
    dtype = getattr(torch, dtype_name)
    torch.manual_seed(seed)
    (xt, yt), (xv, yv) = data
    to_x = lambda xs: torch.tensor(xs, dtype=dtype).reshape(len(xs), -1, 1)
    outputs = len(yt[0]) if isinstance(yt[0], list) else 1
    to_y = lambda ys: torch.tensor(ys, dtype=dtype).reshape(len(ys), outputs)
    xt, yt, xv, yv = to_x(xt), to_y(yt), to_x(xv), to_y(yv)

    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = torch.nn.LSTM(1, cells, batch_first=True)
            self.out = torch.nn.Linear(cells, outputs)

        def forward(self, x):
            h, _ = self.lstm(x)
            return self.out(h[:, -1, :])

    class CnnLstm(torch.nn.Module):
        """The workbench's cnn-lstm: Conv1d(32 filters, kernel 3, ReLU, no padding) on [N, C, L] (DL4J's
        NCW), max-pooling 2, the LSTM over the pooled steps, dense on its last step."""
        def __init__(self):
            super().__init__()
            self.conv = torch.nn.Conv1d(1, 32, 3)
            self.pool = torch.nn.MaxPool1d(2)
            self.lstm = torch.nn.LSTM(32, cells, batch_first=True)
            self.out = torch.nn.Linear(cells, outputs)

        def forward(self, x):
            c = self.pool(torch.relu(self.conv(x.transpose(1, 2))))
            h, _ = self.lstm(c.transpose(1, 2))
            return self.out(h[:, -1, :])

    net = (CnnLstm() if arch == "cnn-lstm" else Net()).to(dtype)
    # the workbench's cnn-lstm workload trains at 0.003 (its preset), the LSTM workloads at Keras' 1e-3
    opt = torch.optim.Adam(net.parameters(), lr=3e-3 if arch == "cnn-lstm" else 1e-3, eps=1e-7)
    mse = torch.nn.MSELoss()
    batches = [(xt[i:i + batch], yt[i:i + batch]) for i in range(0, len(xt), batch)]
    val_losses = []
    ends = [time.perf_counter()]
    for _ in range(epochs):
        for xb, yb in batches:
            opt.zero_grad()
            loss = mse(net(xb), yb)
            loss.backward()
            opt.step()
        with torch.no_grad():
            train_loss = mse(net(xt), yt).item()
            val_losses.append(mse(net(xv), yv).item())
        ends.append(time.perf_counter())
    return epochs, train_loss, val_losses[-1], None, ends


def steady_ms_per_epoch(runs_ends):
    """Median over runs of the mean epoch time after each run's first third of epochs (as the Java
    bench's "steady ms"), NaN when no run has 3 epochs."""
    per_run = []
    for t in runs_ends:
        if len(t) > 3:
            first, last = (len(t) - 1) // 3, len(t) - 1
            per_run.append(1000 * (t[last] - t[first]) / (last - first))
    if not per_run:
        return float("nan")
    per_run.sort()
    m = len(per_run) // 2
    return per_run[m] if len(per_run) % 2 else (per_run[m - 1] + per_run[m]) / 2


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--workload", required=True, choices=WORKLOADS)
    p.add_argument("--workers", type=int, default=os.cpu_count(), help="processes (default: the cores)")
    p.add_argument("--data", help="airline: a CSV file instead of demo:seasonal")
    p.add_argument("--column", help="airline: the CSV column (default: the last numeric one)")
    p.add_argument("--float32", action="store_true", help="train in float32 (default float64, as the workbench)")
    a = p.parse_args()
    t0 = time.perf_counter()
    import torch
    import_s = time.perf_counter() - t0
    dtype = "float32" if a.float32 else "float64"
    if a.workload == "seq2seq":
        run_seq2seq(dtype, import_s)
        return
    description, runs, data = workload(a.workload, a.data, a.column)
    print("PyTorch %s, %d cores, %d workers, load average %.2f; torch imported in %.1f s"
          % (torch.__version__, os.cpu_count(), a.workers, os.getloadavg()[0], import_s))
    print("workload %s: %s (%d runs, %s)" % (a.workload, description, len(runs), dtype))
    start = time.perf_counter()
    arch = "cnn-lstm" if a.workload == "cnn-lstm" else "lstm"
    jobs = [(c, s, e, b, data, dtype, arch) for c, s, e, b in runs]
    if a.workers > 1:
        with mp.get_context("fork").Pool(a.workers) as pool:
            results = pool.map(train_one, jobs, chunksize=1)
    else:
        results = [train_one(j) for j in jobs]
    wall = time.perf_counter() - start
    epochs = sum(r[0] for r in results)
    print("%-6s %10s %10s %12s %12s %12s" % ("path", "wall s", "runs/s", "epochs/s", "ms/epoch", "steady ms"))
    print("%-6s %10.2f %10.2f %12.0f %12.2f %12.3f" % ("torch", wall, len(runs) / wall, epochs / wall,
                                                       1000 * wall * min(a.workers, len(runs)) / epochs,
                                                       steady_ms_per_epoch([r[4] for r in results])))
    print("mean final validation loss %.4g" % (sum(r[2] for r in results) / len(results)))
    if results[0][3] is not None:
        print("mean final validation accuracy %.4f" % (sum(r[3] for r in results) / len(results)))


if __name__ == "__main__":
    main()
