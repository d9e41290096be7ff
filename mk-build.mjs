import { build } from 'vite';
const r = await build({ logLevel:'silent', configFile:false, build:{ write:false, minify:true, lib:{entry:process.argv[2], formats:['es']}, rolldownOptions:{output:{minify:true}} } });
const { gzipSync } = await import('node:zlib');
const code = r[0].output[0].code; console.log(code.length, gzipSync(code,{level:9}).length);
