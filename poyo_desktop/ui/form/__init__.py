"""The generation form: pictures, prompt, model, length, price, and sending a draft."""
