"""The C++ LSTM against PyTorch: the same weights loaded into torch.nn.LSTM + Linear give
the same probabilities (1e-5) and, through torch.autograd, the same gradients of the
class-weighted loss with respect to every parameter and the inputs (1e-4).

The C++ side is the test PredictorTorchExport in actors_tests, which writes its weights,
a random batch, its outputs and its gradients to lstm_torch_reference.json."""
import json
import os
import subprocess
import sys
import unittest

try:
    import torch
except ImportError:
    print("SKIPPED: python3-torch not installed (apt-get install python3-torch)")
    sys.exit(0)

CLI = os.environ["PRESEASON_CLI"]
SCRATCH = os.path.join(os.environ["PRESEASON_SCRATCH"], "lstm_torch")
TESTS = os.path.join(os.path.dirname(CLI), "..", "tests", "actors_tests")
OUTPUT_TOLERANCE = 1e-5
GRADIENT_TOLERANCE = 1e-4


def export_reference():
    os.makedirs(SCRATCH, exist_ok=True)
    path = os.path.join(SCRATCH, "lstm_torch_reference.json")
    if os.path.exists(path):
        os.remove(path)
    p = subprocess.run([TESTS, "--gtest_filter=PredictorTorchExport.*"], capture_output=True, text=True,
                       env=dict(os.environ, PRESEASON_SCRATCH=SCRATCH))
    if p.returncode != 0:
        raise RuntimeError(p.stdout + p.stderr)
    with open(path) as f:
        return json.load(f)


class Predictor(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers):
        super().__init__()
        self.lstm = torch.nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True)
        self.out = torch.nn.Linear(hidden_size, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h).squeeze(-1)


def max_difference(a, b):
    return (torch.as_tensor(a, dtype=torch.float64) - torch.as_tensor(b, dtype=torch.float64)).abs().max().item()


class LstmAgainstTorch(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ref = export_reference()
        ref = cls.ref
        model = Predictor(ref["input_size"], ref["hidden_size"], ref["num_layers"]).double()
        state = {name: torch.tensor(value, dtype=torch.float64) for name, value in ref["params"].items()}
        model.load_state_dict(state, strict=True)
        model.eval()
        x = torch.tensor(ref["inputs"], dtype=torch.float64, requires_grad=True)
        labels = torch.tensor([[float("nan") if y is None else y for y in row] for row in ref["labels"]],
                              dtype=torch.float64)
        labelled = ~torch.isnan(labels)
        logits = model(x)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(
            logits[labelled], labels[labelled], pos_weight=torch.tensor(ref["pos_weight"], dtype=torch.float64))
        loss.backward()
        cls.model, cls.x, cls.logits, cls.loss = model, x, logits, loss

    def test_probabilities_match(self):
        difference = max_difference(torch.sigmoid(self.logits).detach(), self.ref["probabilities"])
        print(f"max probability difference: {difference:.3e}")
        self.assertLess(difference, OUTPUT_TOLERANCE)

    def test_loss_matches(self):
        difference = abs(self.loss.item() - self.ref["loss"])
        print(f"loss difference: {difference:.3e}")
        self.assertLess(difference, OUTPUT_TOLERANCE)

    def test_parameter_gradients_match(self):
        names = set()
        for name, parameter in self.model.named_parameters():
            names.add(name)
            difference = max_difference(parameter.grad, self.ref["gradients"][name])
            print(f"max gradient difference {name}: {difference:.3e}")
            self.assertLess(difference, GRADIENT_TOLERANCE, name)
        self.assertEqual(names, set(self.ref["gradients"]))

    def test_input_gradients_match(self):
        difference = max_difference(self.x.grad, self.ref["input_gradients"])
        print(f"max input gradient difference: {difference:.3e}")
        self.assertLess(difference, GRADIENT_TOLERANCE)


if __name__ == "__main__":
    unittest.main(verbosity=2)
