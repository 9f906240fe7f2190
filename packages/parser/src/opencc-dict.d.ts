// opencc-js ships its dictionaries as untyped modules: each default-exports "trad simp|trad simp|…".
declare module "opencc-js/dict/TSCharacters" {
  const table: string;
  export default table;
}
