//! The page's caches, each with a fixed bound: a class slides the budget for an hour, and a
//! cache keyed by values that change at every step (label texts such as "5.16B") would grow
//! without end (issue 23). Pure Rust, tested natively; the browser code fills them.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;

/// A map that keeps at most `cap` entries, dropping the least recently used one to make room.
/// Lookups mark an entry used; a miss that inserts when full scans for the oldest entry
/// (`O(cap)`, on misses only).
pub struct Lru<K, V> {
    /// FxHash: the keys are the page's own label texts and numbers, and SipHash (the default)
    /// costs several times more per lookup.
    map: HashMap<K, (V, u64), rustc_hash::FxBuildHasher>,
    cap: usize,
    clock: u64,
}

impl<K: Eq + Hash + Clone, V> Lru<K, V> {
    /// An empty cache of at most `cap` (at least 1) entries.
    pub fn new(cap: usize) -> Self {
        Lru { map: HashMap::with_capacity_and_hasher(cap.max(1), rustc_hash::FxBuildHasher), cap: cap.max(1), clock: 0 }
    }

    /// The value for `key`, marked as just used.
    pub fn get<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        self.clock += 1;
        let now = self.clock;
        self.map.get_mut(key).map(|(v, used)| {
            *used = now;
            v
        })
    }

    /// Stores `value` for `key`, first dropping the least recently used entry if full.
    pub fn insert(&mut self, key: K, value: V) {
        self.clock += 1;
        if self.map.len() >= self.cap && !self.map.contains_key(&key) {
            // The map never grows past `cap`, so its allocation is made once.
            let oldest = self.map.iter().min_by_key(|(_, (_, used))| *used).map(|(k, _)| k.clone());
            if let Some(oldest) = oldest {
                self.map.remove(&oldest);
            }
        }
        self.map.insert(key, (value, self.clock));
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// A few drawn layers (offscreen canvases in the browser), most recently used first, each with
/// what it was drawn for. At most `cap`; a new layer reuses the least recently used one that
/// `fits` (same pixel size) instead of allocating another.
pub struct Layers<K, L> {
    layers: Vec<(K, L)>,
    cap: usize,
}

impl<K: PartialEq, L> Layers<K, L> {
    pub fn new(cap: usize) -> Self {
        Layers { layers: Vec::with_capacity(cap.max(1)), cap: cap.max(1) }
    }

    /// The layer drawn for `key`, moved to the front, if there is one. Layers that do not
    /// `fit` (drawn for another canvas size) are dropped first.
    pub fn get(&mut self, key: &K, fits: impl Fn(&K) -> bool) -> Option<&L> {
        self.layers.retain(|(k, _)| fits(k));
        let i = self.layers.iter().position(|(k, _)| k == key)?;
        let hit = self.layers.remove(i);
        self.layers.insert(0, hit);
        self.layers.first().map(|(_, l)| l)
    }

    /// Draws a layer for `key` with `draw`, on the least recently used layer when the cache
    /// is full, else on a `new` one, and keeps it in front. Call after [`Layers::get`] missed.
    pub fn draw_new(&mut self, key: K, new: impl FnOnce() -> Option<L>, draw: impl FnOnce(&L)) -> Option<&L> {
        let layer = if self.layers.len() >= self.cap { self.layers.pop().map(|(_, l)| l) } else { new() }?;
        draw(&layer);
        self.layers.insert(0, (key, layer));
        self.layers.first().map(|(_, l)| l)
    }

    /// [`Layers::get`], or else [`Layers::draw_new`].
    pub fn get_or_draw(
        &mut self,
        key: K,
        fits: impl Fn(&K) -> bool,
        new: impl FnOnce() -> Option<L>,
        draw: impl FnOnce(&L),
    ) -> Option<&L> {
        if self.get(&key, fits).is_some() {
            return self.layers.first().map(|(_, l)| l);
        }
        self.draw_new(key, new, draw)
    }

    pub fn len(&self) -> usize {
        self.layers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lru_stays_at_its_bound_and_keeps_what_is_used() {
        let mut cache: Lru<String, usize> = Lru::new(64);
        cache.insert("tick 10⁹".to_string(), 0);
        for i in 0..100_000 {
            // A label that stays (a tick) is read every step; new labels pour in.
            assert_eq!(cache.get("tick 10⁹").copied(), Some(0), "step {i}");
            cache.insert(format!("{i}B"), i);
            assert!(cache.len() <= 64);
        }
        assert_eq!(cache.len(), 64);
        assert_eq!(cache.get("99999B").copied(), Some(99_999));
        assert_eq!(cache.get("5B"), None);
    }

    #[test]
    fn layers_stay_at_their_bound_and_reuse_the_oldest() {
        let mut made = 0;
        let mut layers: Layers<(u32, u32), u32> = Layers::new(3);
        for i in 0..10_000u32 {
            let key = (100, i % 7);
            let drawn = layers.get_or_draw(
                key,
                |k| k.0 == 100,
                || {
                    made += 1;
                    Some(made)
                },
                |_| {},
            );
            assert!(drawn.is_some());
            assert!(layers.len() <= 3);
        }
        assert_eq!(made, 3, "only 3 layers were ever allocated");
        // A hit moves to the front and draws nothing.
        let mut drew = false;
        layers.get_or_draw((100, 9_999 % 7), |_| true, || None, |_| drew = true);
        assert!(!drew);
        // Another size: the old layers are dropped.
        layers.get_or_draw((200, 0), |k| k.0 == 200, || Some(99), |_| {});
        assert_eq!(layers.len(), 1);
    }
}
